package gov.supervision.command.task;

import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.DueKind;
import gov.supervision.command.task.api.EscalationProposed;
import gov.supervision.command.task.api.EscalationReason;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.IssueNotice;
import gov.supervision.command.task.api.NoticeIssued;
import gov.supervision.command.task.api.ProposeEscalation;
import gov.supervision.command.task.api.RaiseSupervision;
import gov.supervision.command.task.api.RecordOverdue;
import gov.supervision.command.task.api.RectificationRejected;
import gov.supervision.command.task.api.RectificationReported;
import gov.supervision.command.task.api.RectificationVerified;
import gov.supervision.command.task.api.RejectRectification;
import gov.supervision.command.task.api.ReminderSent;
import gov.supervision.command.task.api.ReportRectification;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.SendReminder;
import gov.supervision.command.task.api.Strikes;
import gov.supervision.command.task.api.SupervisionRaised;
import gov.supervision.command.task.api.VerifyRectification;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static gov.supervision.command.task.TaskFixtures.*;

/** Notify or hold accountable: the policy proposes a step, a supervisor decides it, the unit rectifies. */
class EscalationTest {

    private final Instant at = day(4);

    private FixtureConfiguration<SupervisedTask> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    private static ProposeEscalation propose(String unitId, int strikes, Instant at) {
        return new ProposeEscalation(TASK, unitId, EscalationReason.NOT_ACKNOWLEDGED, null, strikes, 1, null,
                EscalationStep.CRITICISM, POLICY, SYSTEM, at);
    }

    @Nested
    class Proposing {

        @Test
        void proposesAStepFromTheUnitsRecordAndAnswersItsId() {
            fixture.given(registered(), dispatched(), acknowledgementOverdue(FGW), acknowledgementOverdue(GXJ))
                    .when(propose("fgw", 1, at))
                    .expectEvents(new EscalationProposed(TASK, "E1", FGW, EscalationReason.NOT_ACKNOWLEDGED, null, 1,
                            2, 1, null, EscalationStep.CRITICISM, POLICY, SYSTEM, at))
                    .expectResultMessagePayload("E1");
        }

        @Test
        void carriesTheRoundAndAssessmentOfASlowReport() {
            fixture.given(inRound(1))
                    .andGiven(reported(GXJ, GXJ_CLERK, 1, 1), accepted(GXJ, 1, Assessment.SLOW))
                    .when(new ProposeEscalation(TASK, "gxj", EscalationReason.SLOW_PROGRESS, 1, 1, 0,
                            Assessment.SLOW, EscalationStep.REMINDER, POLICY, SYSTEM, at))
                    .expectEvents(new EscalationProposed(TASK, "E1", GXJ, EscalationReason.SLOW_PROGRESS, 1, 1, 1, 0,
                            Assessment.SLOW, EscalationStep.REMINDER, POLICY, SYSTEM, at))
                    .expectResultMessagePayload("E1");
        }

        @Test
        void numbersEscalationsInOrder() {
            fixture.given(escalated())
                    .andGiven(acknowledgementOverdue(GXJ))
                    .when(propose("gxj", 1, at))
                    .expectEvents(new EscalationProposed(TASK, "E2", GXJ, EscalationReason.NOT_ACKNOWLEDGED, null, 1,
                            2, 1, null, EscalationStep.CRITICISM, POLICY, SYSTEM, at))
                    .expectResultMessagePayload("E2");
        }

        @Test
        void rejectsAProposalMadeOnAStaleRecord() {
            fixture.given(registered(), dispatched(), acknowledgementOverdue(FGW))
                    .when(propose("fgw", 0, at))
                    .expectException(violationOf(Rule.STALE_RECORD))
                    .expectExceptionMessage("the proposal for 市发展改革委 was made on 0 strikes, but its record on "
                            + TASK_33 + " has 1")
                    .expectNoEvents();
        }

        @Test
        void rejectsAProposalCountingTheTasksStrikesAsTheUnits() {
            fixture.given(registered(), dispatched(), acknowledgementOverdue(FGW), acknowledgementOverdue(GXJ))
                    .when(propose("fgw", 2, at))
                    .expectException(violationOf(Rule.STALE_RECORD))
                    .expectExceptionMessage("the proposal for 市发展改革委 was made on 2 strikes, but its record on "
                            + TASK_33 + " has 1")
                    .expectNoEvents();
        }

        @Test
        void rejectsAUnitThatIsNotALeadUnit() {
            fixture.given(registered(), dispatched())
                    .when(propose("gxsq", 0, at))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectExceptionMessage("unit gxsq is not a lead unit of " + TASK_33)
                    .expectNoEvents();
        }

        @Test
        void rejectsAProposalNotFromTheSystem() {
            fixture.given(registered(), dispatched(), acknowledgementOverdue(FGW))
                    .when(new ProposeEscalation(TASK, "fgw", EscalationReason.NOT_ACKNOWLEDGED, null, 1, 1, null,
                            EscalationStep.CRITICISM, POLICY, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ONLY_SYSTEM))
                    .expectExceptionMessage("only a system may propose an escalation on " + TASK_33
                            + "; supervisor acts as supervisor")
                    .expectNoEvents();
        }
    }

    @Nested
    class RaisingTheSupervision {

        @Test
        void raisesTheTaskToItsLeadLeadersWithItsRecord() {
            fixture.given(escalated())
                    .andGiven(followUpStarted(), roundOpened(1), reportOverdue(GXJ, 1))
                    .when(new RaiseSupervision(TASK, "E1", POLICY, SYSTEM, at))
                    .expectEvents(new SupervisionRaised(TASK, "E1", List.of("陈秀兴"), 2,
                            "task 33 of plan 聊政发〔2021〕1号：2次 — 市发展改革委 未按时签收；市工业和信息化局 第1轮未按时报送进展",
                            POLICY, SYSTEM, at));
        }

        @Test
        void itsRecordNamesEveryStrikeInOrderButNoProgressOnTrack() {
            fixture.given(escalated())
                    .andGiven(acknowledgedBy(FGW, FGW_CLERK), acknowledgedBy(GXJ, GXJ_CLERK), followUpStarted(),
                            roundOpened(1), reportOverdue(GXJ, 1),
                            reported(FGW, FGW_CLERK, 1, 1), accepted(FGW, 1, Assessment.SLOW),
                            roundOpened(2), reported(FGW, FGW_CLERK, 2, 1), accepted(FGW, 2, Assessment.INEFFECTIVE),
                            reported(GXJ, GXJ_CLERK, 2, 1), accepted(GXJ, 2, Assessment.ON_TRACK),
                            noticeIssued("E1", FGW, RECTIFICATION_DUE), rectificationReported("E1", FGW, FGW_CLERK),
                            rectificationRejected("E1", FGW),
                            escalationProposed("E2", GXJ, 1, 5, EscalationStep.CRITICISM),
                            noticeIssued("E2", GXJ, RECTIFICATION_DUE), rectificationMissed("E2", GXJ))
                    .when(new RaiseSupervision(TASK, "E2", POLICY, SYSTEM, day(30)))
                    .expectEvents(new SupervisionRaised(TASK, "E2", List.of("陈秀兴"), 6, TASK_33 + "：6次 — "
                            + "市发展改革委 未按时签收；市工业和信息化局 第1轮未按时报送进展；市发展改革委 第1轮进展被评为进度缓慢；"
                            + "市发展改革委 第2轮进展被评为成效不明显；市发展改革委 整改不到位(E1)；市工业和信息化局 未按期完成整改(E2)",
                            POLICY, SYSTEM, day(30)));
        }

        @Test
        void aRaisedTaskIsNotRaisedAgain() {
            fixture.given(escalated())
                    .andGiven(supervisionRaised("E1"), acknowledgementOverdue(GXJ),
                            escalationProposed("E2", GXJ, 1, 2, EscalationStep.CRITICISM))
                    .when(new RaiseSupervision(TASK, "E2", POLICY, SYSTEM, at))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aClosedAndReopenedTaskCanBeRaisedAgain() {
            fixture.given(escalated())
                    .andGiven(supervisionRaised("E1"), completionRequested(), closed(), reopened())
                    .when(new RaiseSupervision(TASK, "E1", POLICY, SYSTEM, day(311)))
                    .expectEvents(new SupervisionRaised(TASK, "E1", List.of("陈秀兴"), 1,
                            TASK_33 + "：1次 — 市发展改革委 未按时签收", POLICY, SYSTEM, day(311)));
        }

        @Test
        void rejectsAnUnknownEscalation() {
            fixture.given(escalated())
                    .when(new RaiseSupervision(TASK, "E9", POLICY, SYSTEM, at))
                    .expectException(violationOf(Rule.NO_SUCH_ESCALATION))
                    .expectExceptionMessage(TASK_33 + " has no escalation E9")
                    .expectNoEvents();
        }

        @Test
        void rejectsRaisingByASupervisor() {
            fixture.given(escalated())
                    .when(new RaiseSupervision(TASK, "E1", POLICY, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ONLY_SYSTEM))
                    .expectExceptionMessage("only a system may raise the supervision of " + TASK_33
                            + "; supervisor acts as supervisor")
                    .expectNoEvents();
        }
    }

    @Nested
    class IssuingANotice {

        @Test
        void issuesTheProposedStepWithoutAReason() {
            fixture.given(escalated())
                    .when(new IssueNotice(TASK, "E1", EscalationStep.CRITICISM, null, null, SUPERVISOR, at))
                    .expectEvents(new NoticeIssued(TASK, "E1", FGW, EscalationStep.CRITICISM,
                            EscalationStep.CRITICISM, "", null, POLICY, SUPERVISOR, at));
        }

        @Test
        void takesAnotherStepWithAReason() {
            fixture.given(escalated())
                    .when(new IssueNotice(TASK, "E1", EscalationStep.ADMONITION, " 屡次不签收 ", null, SUPERVISOR, at))
                    .expectEvents(new NoticeIssued(TASK, "E1", FGW, EscalationStep.ADMONITION,
                            EscalationStep.CRITICISM, "屡次不签收", null, POLICY, SUPERVISOR, at));
        }

        @Test
        void ordersARectificationByItsDueTime() {
            fixture.given(escalated())
                    .when(new IssueNotice(TASK, "E1", EscalationStep.CRITICISM, "", RECTIFICATION_DUE, SUPERVISOR, at))
                    .expectEvents(new NoticeIssued(TASK, "E1", FGW, EscalationStep.CRITICISM,
                            EscalationStep.CRITICISM, "", RECTIFICATION_DUE, POLICY, SUPERVISOR, at));
        }

        @Test
        void aRectificationOrderOpensADueUnderRectAndTheEscalationId() {
            fixture.given(rectificationOrdered())
                    .when(new SendReminder(TASK, "rect/E1", SYSTEM, day(25)))
                    .expectEvents(new ReminderSent(TASK, FGW, DueKind.RECTIFICATION, "rect/E1", RECTIFICATION_DUE,
                            SYSTEM, day(25)));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void rejectsAnotherStepWithoutAReason(String reason) {
            fixture.given(escalated())
                    .when(new IssueNotice(TASK, "E1", EscalationStep.ADMONITION, reason, null, SUPERVISOR, at))
                    .expectException(violationOf(Rule.REASON_REQUIRED))
                    .expectExceptionMessage("reason: taking ADMONITION instead of the proposed CRITICISM needs a reason")
                    .expectNoEvents();
        }

        @Test
        void rejectsARectificationDueTimeNotInTheFuture() {
            fixture.given(escalated())
                    .when(new IssueNotice(TASK, "E1", EscalationStep.CRITICISM, null, at, SUPERVISOR, at))
                    .expectException(violationOf(Rule.INVALID_DUE_TIME))
                    .expectExceptionMessage("rectificationDueAt: must be after " + at + ", was " + at)
                    .expectNoEvents();
        }

        @Test
        void rejectsDecidingTwice() {
            fixture.given(rectificationOrdered())
                    .when(new IssueNotice(TASK, "E1", EscalationStep.CRITICISM, null, null, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_DECIDED))
                    .expectExceptionMessage("escalation E1 of " + TASK_33 + " is already decided: CRITICISM")
                    .expectNoEvents();
        }

        @Test
        void rejectsAnUnknownEscalation() {
            fixture.given(escalated())
                    .when(new IssueNotice(TASK, "E2", EscalationStep.CRITICISM, null, null, SUPERVISOR, at))
                    .expectException(violationOf(Rule.NO_SUCH_ESCALATION))
                    .expectExceptionMessage(TASK_33 + " has no escalation E2")
                    .expectNoEvents();
        }

        @Test
        void rejectsANoticeFromTheSystem() {
            fixture.given(escalated())
                    .when(new IssueNotice(TASK, "E1", EscalationStep.CRITICISM, null, null, SYSTEM, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may issue a notice on " + TASK_33
                            + "; system acts as system")
                    .expectNoEvents();
        }
    }

    @Nested
    class Rectifying {

        @Test
        void theEscalatedUnitReportsItsRectification() {
            fixture.given(rectificationOrdered())
                    .when(new ReportRectification(TASK, "E1", " 已补签并建立台账 ",
                            Arrays.asList("rect/E1/ledger.pdf", null), FGW_CLERK, day(10)))
                    .expectEvents(new RectificationReported(TASK, "E1", FGW, "已补签并建立台账",
                            List.of("rect/E1/ledger.pdf"), FGW_CLERK, day(10)));
        }

        @Test
        void aReportedRectificationMeetsItsDue() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK))
                    .when(new RecordOverdue(TASK, "rect/E1", SYSTEM, RECTIFICATION_DUE))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectNoEvents();
        }

        @Test
        void rejectsARectificationByAnotherUnit() {
            fixture.given(rectificationOrdered())
                    .when(new ReportRectification(TASK, "E1", "已整改", List.of(), GXJ_CLERK, day(10)))
                    .expectException(violationOf(Rule.NOT_THE_ESCALATED_UNIT))
                    .expectExceptionMessage("only 市发展改革委 rectifies escalation E1 of " + TASK_33)
                    .expectNoEvents();
        }

        @Test
        void rejectsARectificationReportedByASupervisor() {
            fixture.given(rectificationOrdered())
                    .when(new ReportRectification(TASK, "E1", "已整改", List.of(), SUPERVISOR, day(10)))
                    .expectException(violationOf(Rule.NOT_THE_ESCALATED_UNIT))
                    .expectNoEvents();
        }

        @Test
        void rejectsARectificationNobodyOrdered() {
            fixture.given(escalated())
                    .andGiven(noticeIssued("E1", FGW, null))
                    .when(new ReportRectification(TASK, "E1", "已整改", List.of(), FGW_CLERK, day(10)))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("nothing is due under rect/E1 on " + TASK_33
                            + " (it was met, missed or never set)")
                    .expectNoEvents();
        }

        @Test
        void rejectsARectificationOnceItWasMissed() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationMissed("E1", FGW))
                    .when(new ReportRectification(TASK, "E1", "已整改", List.of(), FGW_CLERK, day(30)))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectNoEvents();
        }

        @Test
        void rejectsARectificationReportedTwice() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK))
                    .when(new ReportRectification(TASK, "E1", "已整改", List.of(), FGW_CLERK, day(12)))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsARectificationWithoutText(String text) {
            fixture.given(rectificationOrdered())
                    .when(new ReportRectification(TASK, "E1", text, List.of(), FGW_CLERK, day(10)))
                    .expectException(violationOf(Rule.INVALID_REPORT))
                    .expectExceptionMessage("text: a rectification report must say what was done")
                    .expectNoEvents();
        }

        @Test
        void rejectsAnUnknownEscalation() {
            fixture.given(rectificationOrdered())
                    .when(new ReportRectification(TASK, "E7", "已整改", List.of(), FGW_CLERK, day(10)))
                    .expectException(violationOf(Rule.NO_SUCH_ESCALATION))
                    .expectExceptionMessage(TASK_33 + " has no escalation E7")
                    .expectNoEvents();
        }
    }

    @Nested
    class VerifyingTheRectification {

        private final Instant at = day(11);

        @Test
        void aSupervisorVerifiesAReportedRectification() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK))
                    .when(new VerifyRectification(TASK, "E1", SUPERVISOR, at))
                    .expectEvents(new RectificationVerified(TASK, "E1", FGW, SUPERVISOR, at));
        }

        @Test
        void aRejectedRectificationCountsAsAStrike() {
            fixture.given(rectificationOrdered())
                    .andGiven(acknowledgementOverdue(GXJ), rectificationReported("E1", FGW, FGW_CLERK))
                    .when(new RejectRectification(TASK, "E1", " 台账未更新 ", SUPERVISOR, at))
                    .expectEvents(new RectificationRejected(TASK, "E1", FGW, "台账未更新", SUPERVISOR, at))
                    .expectResultMessagePayload(new Strikes(2, 3));
        }

        @Test
        void rejectsVerifyingARectificationNotReported() {
            fixture.given(rectificationOrdered())
                    .when(new VerifyRectification(TASK, "E1", SUPERVISOR, at))
                    .expectException(violationOf(Rule.RECTIFICATION_NOT_REPORTED))
                    .expectExceptionMessage("no rectification of escalation E1 of " + TASK_33 + " is reported")
                    .expectNoEvents();
        }

        @Test
        void rejectsRejectingARectificationNotReported() {
            fixture.given(rectificationOrdered())
                    .when(new RejectRectification(TASK, "E1", "台账未更新", SUPERVISOR, at))
                    .expectException(violationOf(Rule.RECTIFICATION_NOT_REPORTED))
                    .expectExceptionMessage("no rectification of escalation E1 of " + TASK_33 + " is reported")
                    .expectNoEvents();
        }

        @Test
        void rejectsVerifyingAMissedRectification() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationMissed("E1", FGW))
                    .when(new VerifyRectification(TASK, "E1", SUPERVISOR, day(30)))
                    .expectException(violationOf(Rule.RECTIFICATION_NOT_REPORTED))
                    .expectNoEvents();
        }

        @Test
        void rejectsVerifyingTwice() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK), rectificationVerified("E1", FGW))
                    .when(new VerifyRectification(TASK, "E1", SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_VERIFIED))
                    .expectExceptionMessage("the rectification of escalation E1 of " + TASK_33
                            + " is already verified: rectified")
                    .expectNoEvents();
        }

        @Test
        void rejectsRejectingAVerifiedRectification() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK), rectificationVerified("E1", FGW))
                    .when(new RejectRectification(TASK, "E1", "台账未更新", SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_VERIFIED))
                    .expectNoEvents();
        }

        @Test
        void rejectsVerifyingARejectedRectification() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK), rectificationRejected("E1", FGW))
                    .when(new VerifyRectification(TASK, "E1", SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_VERIFIED))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsRejectingWithoutAReason(String reason) {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK))
                    .when(new RejectRectification(TASK, "E1", reason, SUPERVISOR, at))
                    .expectException(violationOf(Rule.REASON_REQUIRED))
                    .expectExceptionMessage("reason: finding a rectification not done needs a reason")
                    .expectNoEvents();
        }

        @Test
        void rejectsVerificationByTheUnit() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK))
                    .when(new VerifyRectification(TASK, "E1", FGW_CLERK, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may verify a rectification on " + TASK_33
                            + "; fgw acts as unit")
                    .expectNoEvents();
        }

        @Test
        void rejectsRejectionByTheUnit() {
            fixture.given(rectificationOrdered())
                    .andGiven(rectificationReported("E1", FGW, FGW_CLERK))
                    .when(new RejectRectification(TASK, "E1", "台账未更新", FGW_CLERK, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectNoEvents();
        }

        @Test
        void rejectsVerifyingAnUnknownEscalation() {
            fixture.given(rectificationOrdered())
                    .when(new VerifyRectification(TASK, "E5", SUPERVISOR, at))
                    .expectException(violationOf(Rule.NO_SUCH_ESCALATION))
                    .expectExceptionMessage(TASK_33 + " has no escalation E5")
                    .expectNoEvents();
        }
    }
}
