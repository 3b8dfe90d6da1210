package gov.supervision.command.task;

import gov.supervision.command.task.api.AcknowledgementOverdue;
import gov.supervision.command.task.api.ExtensionGranted;
import gov.supervision.command.task.api.ExtensionRefused;
import gov.supervision.command.task.api.ExtensionRequested;
import gov.supervision.command.task.api.GrantExtension;
import gov.supervision.command.task.api.RecordOverdue;
import gov.supervision.command.task.api.RefuseExtension;
import gov.supervision.command.task.api.RequestExtension;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.Strikes;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static gov.supervision.command.task.TaskFixtures.*;

/** More time: a unit asks before its due time, a supervisor grants (the due moves, no strike) or refuses. */
class ExtensionTest {

    /** The day before the acknowledgements are due. */
    private final Instant at = day(2);
    /** Two days more than dispatch gave: 2021-02-25T01:00:00Z. */
    private final Instant later = day(5);

    private FixtureConfiguration<SupervisedTask> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    private static ExtensionRequested requested(String id) {
        return extensionRequested(id, FGW, "ack/fgw", ACK_DUE, day(5));
    }

    @Nested
    class Requesting {

        @Test
        void theUnitOwingADueAsksForMoreTimeAndGetsTheExtensionId() {
            fixture.given(registered(), dispatched())
                    .when(new RequestExtension(TASK, "ack/fgw", later, " 主要负责人外出学习 ", FGW_CLERK, at))
                    .expectEvents(new ExtensionRequested(TASK, "X1", FGW, "ack/fgw", ACK_DUE, later, "主要负责人外出学习",
                            FGW_CLERK, at))
                    .expectResultMessagePayload("X1");
        }

        @Test
        void asksForMoreTimeOnAReport() {
            Instant inRound = roundOpenedAt(1).plusSeconds(3600);
            fixture.given(inRound(1))
                    .when(new RequestExtension(TASK, "report/1/gxj", roundDue(2), "数据未出", GXJ_CLERK, inRound))
                    .expectEvents(new ExtensionRequested(TASK, "X1", GXJ, "report/1/gxj", roundDue(1), roundDue(2),
                            "数据未出", GXJ_CLERK, inRound))
                    .expectResultMessagePayload("X1");
        }

        @Test
        void extensionsAreNumberedInOrder() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new RequestExtension(TASK, "ack/gxj", later, "主要负责人外出学习", GXJ_CLERK, at))
                    .expectEvents(new ExtensionRequested(TASK, "X2", GXJ, "ack/gxj", ACK_DUE, later, "主要负责人外出学习",
                            GXJ_CLERK, at))
                    .expectResultMessagePayload("X2");
        }

        @Test
        void aRefusedRequestMayBeFollowedByAnother() {
            fixture.given(registered(), dispatched(), requested("X1"), extensionRefused("X1", FGW, "ack/fgw"))
                    .when(new RequestExtension(TASK, "ack/fgw", day(4), "系统故障", FGW_CLERK, at))
                    .expectEvents(new ExtensionRequested(TASK, "X2", FGW, "ack/fgw", ACK_DUE, day(4), "系统故障",
                            FGW_CLERK, at))
                    .expectResultMessagePayload("X2");
        }

        @Test
        void aGrantedDueMayBeExtendedAgainFromItsNewTime() {
            fixture.given(registered(), dispatched(), requested("X1"),
                            extensionGranted("X1", FGW, "ack/fgw", ACK_DUE, later))
                    .when(new RequestExtension(TASK, "ack/fgw", day(9), "系统故障", FGW_CLERK, day(4)))
                    .expectEvents(new ExtensionRequested(TASK, "X2", FGW, "ack/fgw", later, day(9), "系统故障",
                            FGW_CLERK, day(4)))
                    .expectResultMessagePayload("X2");
        }

        @Test
        void rejectsARequestFromAnotherUnit() {
            fixture.given(registered(), dispatched())
                    .when(new RequestExtension(TASK, "ack/fgw", later, "主要负责人外出学习", GXJ_CLERK, at))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectExceptionMessage("only 市发展改革委 may ask for more time on ack/fgw")
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestFromASupervisor() {
            fixture.given(registered(), dispatched())
                    .when(new RequestExtension(TASK, "ack/fgw", later, "主要负责人外出学习", SUPERVISOR, at))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectExceptionMessage("only 市发展改革委 may ask for more time on ack/fgw")
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestOnADueNotOpen() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new RequestExtension(TASK, "ack/fgw", later, "主要负责人外出学习", FGW_CLERK, at))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("nothing is due under ack/fgw on " + TASK_33
                            + " (it was met, missed or never set)")
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestAtTheDueTime() {
            fixture.given(registered(), dispatched())
                    .when(new RequestExtension(TASK, "ack/fgw", later, "主要负责人外出学习", FGW_CLERK, ACK_DUE))
                    .expectException(violationOf(Rule.EXTENSION_TOO_LATE))
                    .expectExceptionMessage("ack/fgw was due at 2021-02-23T01:00:00Z: more time must be asked for before")
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestAfterTheDueTime() {
            fixture.given(registered(), dispatched())
                    .when(new RequestExtension(TASK, "ack/fgw", later, "主要负责人外出学习", FGW_CLERK, day(4)))
                    .expectException(violationOf(Rule.EXTENSION_TOO_LATE))
                    .expectExceptionMessage("ack/fgw was due at 2021-02-23T01:00:00Z: more time must be asked for before")
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestedTimeNotAfterTheDue() {
            fixture.given(registered(), dispatched())
                    .when(new RequestExtension(TASK, "ack/fgw", ACK_DUE, "主要负责人外出学习", FGW_CLERK, at))
                    .expectException(violationOf(Rule.INVALID_DUE_TIME))
                    .expectExceptionMessage("requestedDueAt: must be after the current due time 2021-02-23T01:00:00Z")
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestWithoutATime() {
            fixture.given(registered(), dispatched())
                    .when(new RequestExtension(TASK, "ack/fgw", null, "主要负责人外出学习", FGW_CLERK, at))
                    .expectException(violationOf(Rule.INVALID_DUE_TIME))
                    .expectExceptionMessage("requestedDueAt: must be after the current due time 2021-02-23T01:00:00Z")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsARequestWithoutAReason(String reason) {
            fixture.given(registered(), dispatched())
                    .when(new RequestExtension(TASK, "ack/fgw", later, reason, FGW_CLERK, at))
                    .expectException(violationOf(Rule.REASON_REQUIRED))
                    .expectExceptionMessage("reason: asking for more time needs a reason")
                    .expectNoEvents();
        }

        @Test
        void rejectsASecondRequestWhileOneIsPending() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new RequestExtension(TASK, "ack/fgw", day(6), "系统故障", FGW_CLERK, at))
                    .expectException(violationOf(Rule.EXTENSION_PENDING))
                    .expectExceptionMessage("extension X1 on ack/fgw is still to be decided")
                    .expectNoEvents();
        }
    }

    @Nested
    class Granting {

        @Test
        void aSupervisorGrantsMoreTime() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new GrantExtension(TASK, "X1", later, SUPERVISOR, at))
                    .expectEvents(new ExtensionGranted(TASK, "X1", FGW, "ack/fgw", ACK_DUE, later, SUPERVISOR, at));
        }

        @Test
        void aSupervisorMayGrantOtherThanWasAsked() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new GrantExtension(TASK, "X1", day(4), SUPERVISOR, at))
                    .expectEvents(new ExtensionGranted(TASK, "X1", FGW, "ack/fgw", ACK_DUE, day(4), SUPERVISOR, at));
        }

        @Test
        void grantingMovesTheDueSoItIsNotYetDueAtTheOldTime() {
            fixture.given(registered(), dispatched(), requested("X1"),
                            extensionGranted("X1", FGW, "ack/fgw", ACK_DUE, later))
                    .when(new RecordOverdue(TASK, "ack/fgw", SYSTEM, ACK_DUE))
                    .expectException(violationOf(Rule.NOT_YET_DUE))
                    .expectExceptionMessage("ack/fgw on " + TASK_33 + " is not due until 2021-02-25T01:00:00Z")
                    .expectNoEvents();
        }

        @Test
        void aGrantedDueLapsesAtItsNewTime() {
            fixture.given(registered(), dispatched(), requested("X1"),
                            extensionGranted("X1", FGW, "ack/fgw", ACK_DUE, later))
                    .when(new RecordOverdue(TASK, "ack/fgw", SYSTEM, later))
                    .expectEvents(new AcknowledgementOverdue(TASK, FGW, "ack/fgw", later, SYSTEM, later))
                    .expectResultMessagePayload(new Strikes(1, 1));
        }

        @Test
        void grantingMovesOnlyTheUnitsOwnDue() {
            fixture.given(registered(), dispatched(), requested("X1"),
                            extensionGranted("X1", FGW, "ack/fgw", ACK_DUE, later))
                    .when(new RecordOverdue(TASK, "ack/gxj", SYSTEM, ACK_DUE))
                    .expectEvents(new AcknowledgementOverdue(TASK, GXJ, "ack/gxj", ACK_DUE, SYSTEM, ACK_DUE))
                    .expectResultMessagePayload(new Strikes(1, 1));
        }

        @Test
        void rejectsANewDueTimeNotAfterTheCurrentOne() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new GrantExtension(TASK, "X1", ACK_DUE, SUPERVISOR, at))
                    .expectException(violationOf(Rule.INVALID_DUE_TIME))
                    .expectExceptionMessage("newDueAt: must be after the current due time 2021-02-23T01:00:00Z")
                    .expectNoEvents();
        }

        @Test
        void rejectsGrantingWithoutANewDueTime() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new GrantExtension(TASK, "X1", null, SUPERVISOR, at))
                    .expectException(violationOf(Rule.INVALID_DUE_TIME))
                    .expectExceptionMessage("newDueAt: must be after the current due time 2021-02-23T01:00:00Z")
                    .expectNoEvents();
        }

        @Test
        void rejectsGrantingAnUnknownRequest() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new GrantExtension(TASK, "X9", later, SUPERVISOR, at))
                    .expectException(violationOf(Rule.NO_SUCH_EXTENSION))
                    .expectExceptionMessage(TASK_33 + " has no extension request X9")
                    .expectNoEvents();
        }

        @Test
        void rejectsGrantingTwice() {
            fixture.given(registered(), dispatched(), requested("X1"),
                            extensionGranted("X1", FGW, "ack/fgw", ACK_DUE, later))
                    .when(new GrantExtension(TASK, "X1", day(6), SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_DECIDED))
                    .expectExceptionMessage("extension request X1 of " + TASK_33 + " is already decided")
                    .expectNoEvents();
        }

        @Test
        void rejectsGrantingARefusedRequest() {
            fixture.given(registered(), dispatched(), requested("X1"), extensionRefused("X1", FGW, "ack/fgw"))
                    .when(new GrantExtension(TASK, "X1", later, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_DECIDED))
                    .expectNoEvents();
        }

        @Test
        void aRequestOnADueAlreadyMetIsMootAndCannotBeGranted() {
            fixture.given(registered(), dispatched(), requested("X1"), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new GrantExtension(TASK, "X1", later, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_DECIDED))
                    .expectExceptionMessage("extension request X1 of " + TASK_33 + " is already decided")
                    .expectNoEvents();
        }

        @Test
        void rejectsGrantingByTheUnit() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new GrantExtension(TASK, "X1", later, FGW_CLERK, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may grant more time on " + TASK_33
                            + "; fgw acts as unit")
                    .expectNoEvents();
        }
    }

    @Nested
    class Refusing {

        @Test
        void aSupervisorRefusesWithAReason() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new RefuseExtension(TASK, "X1", " 理由不充分 ", SUPERVISOR, at))
                    .expectEvents(new ExtensionRefused(TASK, "X1", FGW, "ack/fgw", "理由不充分", SUPERVISOR, at));
        }

        @Test
        void theDueStaysSoItLapsesAtTheOldTime() {
            fixture.given(registered(), dispatched(), requested("X1"), extensionRefused("X1", FGW, "ack/fgw"))
                    .when(new RecordOverdue(TASK, "ack/fgw", SYSTEM, ACK_DUE))
                    .expectEvents(new AcknowledgementOverdue(TASK, FGW, "ack/fgw", ACK_DUE, SYSTEM, ACK_DUE))
                    .expectResultMessagePayload(new Strikes(1, 1));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsRefusingWithoutAReason(String reason) {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new RefuseExtension(TASK, "X1", reason, SUPERVISOR, at))
                    .expectException(violationOf(Rule.REASON_REQUIRED))
                    .expectExceptionMessage("reason: refusing more time needs a reason")
                    .expectNoEvents();
        }

        @Test
        void rejectsRefusingADecidedRequest() {
            fixture.given(registered(), dispatched(), requested("X1"),
                            extensionGranted("X1", FGW, "ack/fgw", ACK_DUE, later))
                    .when(new RefuseExtension(TASK, "X1", "理由不充分", SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_DECIDED))
                    .expectExceptionMessage("extension request X1 of " + TASK_33 + " is already decided")
                    .expectNoEvents();
        }

        @Test
        void rejectsRefusingAnUnknownRequest() {
            fixture.given(registered(), dispatched())
                    .when(new RefuseExtension(TASK, "X1", "理由不充分", SUPERVISOR, at))
                    .expectException(violationOf(Rule.NO_SUCH_EXTENSION))
                    .expectExceptionMessage(TASK_33 + " has no extension request X1")
                    .expectNoEvents();
        }

        @Test
        void rejectsRefusingByTheSystem() {
            fixture.given(registered(), dispatched(), requested("X1"))
                    .when(new RefuseExtension(TASK, "X1", "理由不充分", SYSTEM, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may refuse more time on " + TASK_33
                            + "; system acts as system")
                    .expectNoEvents();
        }
    }
}
