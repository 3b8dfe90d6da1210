package gov.supervision.command.task;

import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.AddContribution;
import gov.supervision.command.task.api.InvalidText;
import gov.supervision.command.task.api.RequestExtension;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.StopFollowUp;
import gov.supervision.command.task.api.SubmitProgressReport;
import gov.supervision.command.task.api.TextRules;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.List;

import static gov.supervision.command.task.TaskFixtures.*;
import static org.axonframework.test.matchers.Matchers.predicate;

/**
 * The record takes text as given, but no control character, no half of a surrogate pair and nothing longer than
 * its field: whichever door a command came through, the aggregate refuses it, naming the field.
 */
class RecordedTextTest {

    private FixtureConfiguration<SupervisedTask> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张\u0000三", "张\ud800三", "张三\udc00", "\u0007张三", "张\u001b[31m三"})
    void refusesAResponsiblePersonWithAControlCharacterOrHalfASurrogatePair(String name) {
        fixture.given(registered(), dispatched())
                .when(new AcknowledgeTask(TASK, name, FGW_CLERK, day(1)))
                .expectException(predicate(e -> e instanceof InvalidText text && text.rule() == Rule.INVALID_TEXT
                        && text.field().equals("responsiblePerson")))
                .expectNoEvents();
    }

    @Test
    void takesTabsLineBreaksAndCharactersOutsideTheBasicPlane() {
        fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK), acknowledgedBy(GXJ, GXJ_CLERK))
                .andGiven(followUpStarted(), roundOpened(1))
                .when(new SubmitProgressReport(TASK, 1, "第一\t行\r\n第二行 \uD842\uDFB7", 10, null, null, List.of(),
                        List.of(), FGW_CLERK, roundOpenedAt(1).plusSeconds(60)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAReportLongerThanItsField() {
        fixture.given(inRound(1))
                .when(new SubmitProgressReport(TASK, 1, "字".repeat(TextRules.REPORT + 1), 10, null, null, List.of(),
                        List.of(), FGW_CLERK, roundOpenedAt(1).plusSeconds(60)))
                .expectException(InvalidText.class)
                .expectExceptionMessage("text: is 10001 characters long; at most 10000 are taken")
                .expectNoEvents();
    }

    @Test
    void refusesTooManyEvidenceReferencesAndNamesTheBadOne() {
        fixture.given(inRound(1))
                .when(new SubmitProgressReport(TASK, 1, "进展", 10, null, null,
                        Collections.nCopies(TextRules.ITEMS + 1, "文件"), List.of(), FGW_CLERK,
                        roundOpenedAt(1).plusSeconds(60)))
                .expectException(InvalidText.class)
                .expectExceptionMessage("evidence: has 51 entries; at most 50 are taken");
        fixture.given(inRound(1))
                .when(new SubmitProgressReport(TASK, 1, "进展", 10, null, null, List.of("文件", "坏\u0000"), List.of(),
                        FGW_CLERK, roundOpenedAt(1).plusSeconds(60)))
                .expectException(InvalidText.class)
                .expectExceptionMessage("evidence[1]: contains a NUL character at position 2");
    }

    @Test
    void refusesAReasonWithANul() {
        fixture.given(inRound(1))
                .when(new StopFollowUp(TASK, "并入\u0000专项", SUPERVISOR, day(9)))
                .expectException(InvalidText.class)
                .expectExceptionMessage("reason: contains a NUL character at position 3")
                .expectNoEvents();
    }

    @Test
    void refusesAContributionWithHalfASurrogatePair() {
        fixture.given(acknowledged())
                .when(new AddContribution(TASK, "配合\ud83d", List.of(), COUNTY_CLERK, day(2)))
                .expectException(InvalidText.class)
                .expectExceptionMessage("text: contains half of a surrogate pair (U+D83D) at position 3")
                .expectNoEvents();
    }

    @Test
    void refusesADueIdWithAControlCharacter() {
        fixture.given(registered(), dispatched())
                .when(new RequestExtension(TASK, "ack/fgw\u0000", day(5), "外出", FGW_CLERK, day(2)))
                .expectException(InvalidText.class)
                .expectExceptionMessage("dueId: contains a NUL character at position 8")
                .expectNoEvents();
    }
}
