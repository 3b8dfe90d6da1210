package gov.supervision.command.task;

import gov.supervision.command.task.api.AcceptReport;
import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.AddContribution;
import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.CloseTask;
import gov.supervision.command.task.api.CompletionRequested;
import gov.supervision.command.task.api.CompletionReturned;
import gov.supervision.command.task.api.DispatchTask;
import gov.supervision.command.task.api.EscalationReason;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.FollowUpStarted;
import gov.supervision.command.task.api.GrantExtension;
import gov.supervision.command.task.api.IssueNotice;
import gov.supervision.command.task.api.OpenFollowUpRound;
import gov.supervision.command.task.api.ProposeEscalation;
import gov.supervision.command.task.api.RaiseSupervision;
import gov.supervision.command.task.api.RecordOverdue;
import gov.supervision.command.task.api.RefuseExtension;
import gov.supervision.command.task.api.RejectRectification;
import gov.supervision.command.task.api.ReopenTask;
import gov.supervision.command.task.api.ReportRectification;
import gov.supervision.command.task.api.RequestCompletion;
import gov.supervision.command.task.api.RequestExtension;
import gov.supervision.command.task.api.ReturnCompletionRequest;
import gov.supervision.command.task.api.ReturnReport;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.SendReminder;
import gov.supervision.command.task.api.StartFollowUp;
import gov.supervision.command.task.api.StopFollowUp;
import gov.supervision.command.task.api.SubmitProgressReport;
import gov.supervision.command.task.api.TaskClosed;
import gov.supervision.command.task.api.TaskReopened;
import gov.supervision.command.task.api.VerifyRectification;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static gov.supervision.command.task.TaskFixtures.*;

/** Close-out: the lead unit asks to close, the supervisor closes or returns; a closed task accepts nothing more. */
class CloseOutTest {

    private static final Instant AT = day(303);

    private FixtureConfiguration<SupervisedTask> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    /** Followed up in round 1, FGW escalated with a rectification order, GXJ's acknowledgement still due. */
    private static List<Object> underWay() {
        List<Object> history = new ArrayList<>(rectificationOrdered());
        history.addAll(List.of(acknowledgedBy(FGW, FGW_CLERK), followUpStarted(), roundOpened(1),
                reported(FGW, FGW_CLERK, 1, 1), contributionAdded("C1"),
                extensionRequested("X1", GXJ, "ack/gxj", ACK_DUE, day(5)),
                rectificationReported("E1", FGW, FGW_CLERK)));
        return history;
    }

    private static List<Object> closedUnderWay() {
        List<Object> history = new ArrayList<>(underWay());
        history.add(completionRequested());
        history.add(closed());
        return history;
    }

    /** A command of every kind that would be accepted, or at least considered, were the task open. */
    static Stream<Named<Object>> commandsOnAClosedTask() {
        return Stream.<Object>of(
                        new DispatchTask(TASK, day(310), SUPERVISOR, AT),
                        new AcknowledgeTask(TASK, "王五", GXJ_CLERK, AT),
                        new SendReminder(TASK, "ack/gxj", SYSTEM, AT),
                        new RecordOverdue(TASK, "ack/gxj", SYSTEM, AT),
                        new StartFollowUp(TASK, "0 0 9 ? * MON", "Asia/Shanghai", SYSTEM, AT),
                        new StopFollowUp(TASK, "并入专项督查", SUPERVISOR, AT),
                        new OpenFollowUpRound(TASK, day(310), SYSTEM, AT),
                        new SubmitProgressReport(TASK, 1, "完成", 100, "", "", List.of(), List.of(), FGW_CLERK, AT),
                        new AddContribution(TASK, "完成征地", List.of(), COUNTY_CLERK, AT),
                        new AcceptReport(TASK, "1/fgw/1", Assessment.ON_TRACK, SUPERVISOR, AT),
                        new ReturnReport(TASK, "1/fgw/1", "缺少佐证材料", day(310), SUPERVISOR, AT),
                        new ProposeEscalation(TASK, "fgw", EscalationReason.NOT_ACKNOWLEDGED, null, 1, 1, null,
                                EscalationStep.CRITICISM, POLICY, SYSTEM, AT),
                        new RaiseSupervision(TASK, "E1", POLICY, SYSTEM, AT),
                        new IssueNotice(TASK, "E1", EscalationStep.CRITICISM, null, null, SUPERVISOR, AT),
                        new ReportRectification(TASK, "E1", "已整改", List.of(), FGW_CLERK, AT),
                        new VerifyRectification(TASK, "E1", SUPERVISOR, AT),
                        new RejectRectification(TASK, "E1", "台账未更新", SUPERVISOR, AT),
                        new RequestCompletion(TASK, List.of("ledger/2021/33/acceptance.pdf"), "", FGW_CLERK, AT),
                        new CloseTask(TASK, "", SUPERVISOR, AT),
                        new ReturnCompletionRequest(TASK, "验收材料不全", SUPERVISOR, AT),
                        new RequestExtension(TASK, "ack/gxj", day(310), "主要负责人外出学习", GXJ_CLERK, AT),
                        new GrantExtension(TASK, "X1", day(310), SUPERVISOR, AT),
                        new RefuseExtension(TASK, "X1", "理由不充分", SUPERVISOR, AT))
                .map(command -> Named.of(command.getClass().getSimpleName(), command));
    }

    @Nested
    class RequestingCompletion {

        @Test
        void aLeadUnitRequestsCompletionWithEvidence() {
            fixture.given(acknowledged())
                    .when(new RequestCompletion(TASK, Arrays.asList(" ledger/2021/33/acceptance.pdf ", "", null),
                            " 全部完工 ", FGW_CLERK, AT))
                    .expectEvents(new CompletionRequested(TASK, FGW, List.of("ledger/2021/33/acceptance.pdf"), "全部完工",
                            FGW_CLERK, AT));
        }

        @Test
        void aReturnedRequestMayBeMadeAgain() {
            fixture.given(acknowledged())
                    .andGiven(completionRequested(), completionReturned())
                    .when(new RequestCompletion(TASK, List.of("ledger/2021/33/acceptance-2.pdf"), null, GXJ_CLERK,
                            AT))
                    .expectEvents(new CompletionRequested(TASK, GXJ, List.of("ledger/2021/33/acceptance-2.pdf"), "",
                            GXJ_CLERK, AT));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void rejectsARequestWithoutEvidence(List<String> evidence) {
            fixture.given(acknowledged())
                    .when(new RequestCompletion(TASK, evidence, "全部完工", FGW_CLERK, AT))
                    .expectException(violationOf(Rule.EVIDENCE_REQUIRED))
                    .expectExceptionMessage("evidence: a completion request needs evidence")
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestWhoseEvidenceIsAllBlank() {
            fixture.given(acknowledged())
                    .when(new RequestCompletion(TASK, Arrays.asList(" ", null), "全部完工", FGW_CLERK, AT))
                    .expectException(violationOf(Rule.EVIDENCE_REQUIRED))
                    .expectExceptionMessage("evidence: a completion request needs evidence")
                    .expectNoEvents();
        }

        @Test
        void rejectsASecondRequestWhileOneIsPending() {
            fixture.given(acknowledged())
                    .andGiven(completionRequested())
                    .when(new RequestCompletion(TASK, List.of("x.pdf"), "", GXJ_CLERK, AT))
                    .expectException(violationOf(Rule.COMPLETION_ALREADY_REQUESTED))
                    .expectExceptionMessage("市发展改革委 already asked to close " + TASK_33)
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestFromACooperatingUnit() {
            fixture.given(acknowledged())
                    .when(new RequestCompletion(TASK, List.of("x.pdf"), "", COUNTY_CLERK, AT))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectExceptionMessage("unit gxsq is not a lead unit of " + TASK_33
                            + ", so it cannot request completion of it")
                    .expectNoEvents();
        }

        @Test
        void rejectsARequestFromASupervisor() {
            fixture.given(acknowledged())
                    .when(new RequestCompletion(TASK, List.of("x.pdf"), "", SUPERVISOR, AT))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectExceptionMessage("only a unit may request completion of " + TASK_33
                            + "; supervisor acts as supervisor")
                    .expectNoEvents();
        }
    }

    @Nested
    class Closing {

        @Test
        void aSupervisorClosesATaskWhoseCompletionIsRequested() {
            fixture.given(acknowledged())
                    .andGiven(completionRequested())
                    .when(new CloseTask(TASK, " 验收合格 ", SUPERVISOR, AT))
                    .expectEvents(new TaskClosed(TASK, "验收合格", SUPERVISOR, AT));
        }

        @Test
        void closesWithoutANote() {
            fixture.given(acknowledged())
                    .andGiven(completionRequested())
                    .when(new CloseTask(TASK, null, SUPERVISOR, AT))
                    .expectEvents(new TaskClosed(TASK, "", SUPERVISOR, AT));
        }

        @Test
        void rejectsClosingWithoutARequest() {
            fixture.given(acknowledged())
                    .when(new CloseTask(TASK, "验收合格", SUPERVISOR, AT))
                    .expectException(violationOf(Rule.NO_COMPLETION_REQUEST))
                    .expectExceptionMessage("no completion of " + TASK_33
                            + " is requested, so there is nothing to verify")
                    .expectNoEvents();
        }

        @Test
        void rejectsClosingAfterTheRequestWasReturned() {
            fixture.given(acknowledged())
                    .andGiven(completionRequested(), completionReturned())
                    .when(new CloseTask(TASK, "验收合格", SUPERVISOR, AT))
                    .expectException(violationOf(Rule.NO_COMPLETION_REQUEST))
                    .expectNoEvents();
        }

        @Test
        void rejectsClosingByAUnit() {
            fixture.given(acknowledged())
                    .andGiven(completionRequested())
                    .when(new CloseTask(TASK, "验收合格", FGW_CLERK, AT))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may close " + TASK_33 + "; fgw acts as unit")
                    .expectNoEvents();
        }
    }

    @Nested
    class ReturningTheRequest {

        @Test
        void aSupervisorReturnsTheRequestWithAReason() {
            fixture.given(acknowledged())
                    .andGiven(completionRequested())
                    .when(new ReturnCompletionRequest(TASK, " 验收材料不全 ", SUPERVISOR, AT))
                    .expectEvents(new CompletionReturned(TASK, FGW, "验收材料不全", SUPERVISOR, AT));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsReturningWithoutAReason(String reason) {
            fixture.given(acknowledged())
                    .andGiven(completionRequested())
                    .when(new ReturnCompletionRequest(TASK, reason, SUPERVISOR, AT))
                    .expectException(violationOf(Rule.REASON_REQUIRED))
                    .expectExceptionMessage("reason: returning a completion request needs a reason")
                    .expectNoEvents();
        }

        @Test
        void rejectsReturningWhenNothingIsRequested() {
            fixture.given(acknowledged())
                    .when(new ReturnCompletionRequest(TASK, "验收材料不全", SUPERVISOR, AT))
                    .expectException(violationOf(Rule.NO_COMPLETION_REQUEST))
                    .expectExceptionMessage("no completion of " + TASK_33
                            + " is requested, so there is nothing to return")
                    .expectNoEvents();
        }

        @Test
        void rejectsReturningByAUnit() {
            fixture.given(acknowledged())
                    .andGiven(completionRequested())
                    .when(new ReturnCompletionRequest(TASK, "验收材料不全", FGW_CLERK, AT))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may return the completion request of " + TASK_33
                            + "; fgw acts as unit")
                    .expectNoEvents();
        }
    }

    @Nested
    class AClosedTask {

        @ParameterizedTest(name = "{0}")
        @MethodSource("gov.supervision.command.task.CloseOutTest#commandsOnAClosedTask")
        void acceptsNothingMore(Object command) {
            fixture.given(closedUnderWay())
                    .when(command)
                    .expectException(violationOf(Rule.TASK_CLOSED))
                    .expectExceptionMessage(TASK_33 + " is closed: nothing more is accepted on it")
                    .expectNoEvents();
        }

        @Test
        void owesNothingAfterItIsReopened() {
            fixture.given(closedUnderWay())
                    .andGiven(reopened())
                    .when(new RecordOverdue(TASK, "ack/gxj", SYSTEM, day(311)))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectNoEvents();
        }

        @Test
        void decidesNoPendingExtensionAfterItIsReopened() {
            fixture.given(closedUnderWay())
                    .andGiven(reopened())
                    .when(new GrantExtension(TASK, "X1", day(320), SUPERVISOR, day(311)))
                    .expectException(violationOf(Rule.ALREADY_DECIDED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Reopening {

        @Test
        void aSupervisorReopensAClosedTaskWithAReason() {
            fixture.given(closedUnderWay())
                    .when(new ReopenTask(TASK, " 群众反映问题复发 ", SUPERVISOR, day(310)))
                    .expectEvents(new TaskReopened(TASK, "群众反映问题复发", SUPERVISOR, day(310)));
        }

        @Test
        void aReopenedTaskIsFollowedUpAgain() {
            fixture.given(closedUnderWay())
                    .andGiven(acknowledgedBy(GXJ, GXJ_CLERK), reopened())
                    .when(new StartFollowUp(TASK, "0 0 9 ? * MON", "Asia/Shanghai", SUPERVISOR, day(311)))
                    .expectEvents(new FollowUpStarted(TASK, "0 0 9 ? * MON", "Asia/Shanghai", SUPERVISOR,
                            day(311)));
        }

        @Test
        void aReopenedTaskMayBeAskedToCloseAgain() {
            fixture.given(closedUnderWay())
                    .andGiven(reopened())
                    .when(new RequestCompletion(TASK, List.of("ledger/2021/33/recheck.pdf"), "", FGW_CLERK,
                            day(340)))
                    .expectEvents(new CompletionRequested(TASK, FGW, List.of("ledger/2021/33/recheck.pdf"), "",
                            FGW_CLERK, day(340)));
        }

        @Test
        void rejectsReopeningATaskNotClosed() {
            fixture.given(underWay())
                    .when(new ReopenTask(TASK, "群众反映问题复发", SUPERVISOR, day(310)))
                    .expectException(violationOf(Rule.TASK_NOT_CLOSED))
                    .expectExceptionMessage(TASK_33 + " is not closed")
                    .expectNoEvents();
        }

        @Test
        void rejectsReopeningTwice() {
            fixture.given(closedUnderWay())
                    .andGiven(reopened())
                    .when(new ReopenTask(TASK, "群众反映问题复发", SUPERVISOR, day(311)))
                    .expectException(violationOf(Rule.TASK_NOT_CLOSED))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsReopeningWithoutAReason(String reason) {
            fixture.given(closedUnderWay())
                    .when(new ReopenTask(TASK, reason, SUPERVISOR, day(310)))
                    .expectException(violationOf(Rule.REASON_REQUIRED))
                    .expectExceptionMessage("reason: reopening a task needs a reason")
                    .expectNoEvents();
        }

        @Test
        void rejectsReopeningByAUnit() {
            fixture.given(closedUnderWay())
                    .when(new ReopenTask(TASK, "群众反映问题复发", FGW_CLERK, day(310)))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may reopen " + TASK_33 + "; fgw acts as unit")
                    .expectNoEvents();
        }
    }
}
