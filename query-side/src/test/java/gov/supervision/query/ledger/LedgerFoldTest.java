package gov.supervision.query.ledger;

import gov.supervision.command.task.api.*;
import gov.supervision.query.ledger.api.LedgerRow;
import gov.supervision.query.ledger.api.LedgerStatus;
import gov.supervision.query.ledger.api.Light;
import gov.supervision.query.ledger.api.LightReason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's rules, event by event: what each event does to a task's entry and to its light, read at chosen
 * instants (the light rule's edges: exactly at a due time, 24 hours before it, one day late).
 */
class LedgerFoldTest {

    static final String PLAN = "聊政发〔2021〕1号";
    static final TaskId TASK = TaskId.of(PLAN, 9);
    static final Unit GXJ = new Unit("gxj", "市工业和信息化局");
    static final Unit FGW = new Unit("fgw", "市发展改革委");
    static final Unit CZJ = new Unit("czj", "市财政局");
    static final Actor SUPERVISOR = Actor.supervisor("supervisor");
    static final Actor GXJ_USER = Actor.unit("gxj", "gxj");
    static final Actor FGW_USER = Actor.unit("fgw", "fgw");
    static final Policy POLICY = new Policy("escalation-policy", 1);
    /** Monday 1 March 2021, 09:00 in Liaocheng */
    static final Instant T0 = Instant.parse("2021-03-01T01:00:00Z");
    static final Instant ACK_DUE = T0.plus(Duration.ofDays(2));
    static final Instant REPORT_DUE = T0.plus(Duration.ofDays(8));

    private final LedgerEntry entry = new LedgerEntry();
    private long sequence;

    private void given(TaskEvent... events) {
        for (TaskEvent event : events) {
            assertThat(LedgerFold.apply(entry, event, sequence++)).isTrue();
        }
    }

    private LedgerRow at(Instant now) {
        return LedgerRows.of(entry, now, java.time.ZoneId.of("Asia/Shanghai"));
    }

    private static TaskRegistered registered() {
        return new TaskRegistered(TASK, PLAN, 9, "二、聚焦聚力创新驱动", "大力实施制造业强市战略, 制造业增加值增长6%以上。",
                List.of("陈秀兴", "田中俊"), List.of(GXJ, FGW), List.of(CZJ), Actor.SYSTEM, T0.minusSeconds(60));
    }

    private static TaskDispatched dispatched() {
        return new TaskDispatched(TASK, List.of(GXJ, FGW), ACK_DUE, SUPERVISOR, T0);
    }

    private void underFollowUp() {
        given(registered(), dispatched(),
                new TaskAcknowledged(TASK, GXJ, "李四", GXJ_USER, T0.plusSeconds(10)),
                new TaskAcknowledged(TASK, FGW, "王五", FGW_USER, T0.plusSeconds(20)),
                new FollowUpStarted(TASK, "weekly", "Asia/Shanghai", Actor.SYSTEM, T0.plusSeconds(30)),
                new FollowUpRoundOpened(TASK, 1, REPORT_DUE, List.of(GXJ, FGW), Actor.SYSTEM, T0.plusSeconds(40)));
    }

    private static ProgressReported report(Unit unit, Actor actor, int round, int attempt, int percent, Instant at) {
        return new ProgressReported(TASK, round + "/" + unit.id() + "/" + attempt, unit, round, "进展", percent, "", "",
                List.of(), List.of(), actor, at);
    }

    @Nested
    class Registration {

        @Test
        void aRegisteredTaskShowsWhatThePlanSaysAndHasNoLightYet() {
            given(registered());

            LedgerRow row = at(T0);
            assertThat(row.status()).isEqualTo(LedgerStatus.REGISTERED);
            assertThat(row.leadLeaders()).containsExactly("陈秀兴", "田中俊");
            assertThat(row.leadUnits()).containsExactly(GXJ, FGW);
            assertThat(row.cooperatingUnits()).containsExactly(CZJ);
            assertThat(row.section()).isEqualTo("二、聚焦聚力创新驱动");
            assertThat(row.light()).isNull();
            assertThat(row.nextDueAt()).isNull();
        }

        @Test
        void aRevisionChangesWhatThePlanSaysAndKeepsWhereTheTaskStands() {
            given(registered(), dispatched(),
                    new TaskRevised(TASK, "三、新的章节", "新的任务文本。", List.of("马卫红"), List.of(GXJ), List.of(),
                            Actor.SYSTEM, T0.plusSeconds(5)));

            LedgerRow row = at(T0.plusSeconds(6));
            assertThat(row.section()).isEqualTo("三、新的章节");
            assertThat(row.shortTitle()).isEqualTo("新的任务文本");
            assertThat(row.leadLeaders()).containsExactly("马卫红");
            assertThat(row.leadUnits()).containsExactly(GXJ);
            assertThat(row.status()).isEqualTo(LedgerStatus.DISPATCHED);
        }

        @Test
        void aWithdrawnTaskHasNoLightAndOwesNothing() {
            given(registered(), dispatched(), new TaskWithdrawn(TASK, "不再列入计划", SUPERVISOR, T0.plusSeconds(5)));

            LedgerRow row = at(ACK_DUE.plusSeconds(1));
            assertThat(row.status()).isEqualTo(LedgerStatus.WITHDRAWN);
            assertThat(row.light()).isNull();
            assertThat(row.nextDueAt()).isNull();
            assertThat(row.daysOverdue()).isZero();
        }
    }

    @Nested
    class Acknowledgement {

        @Test
        void aDispatchedTaskIsGreenUntilItsAcknowledgementFallsDueWithinADay() {
            given(registered(), dispatched());

            assertThat(at(T0).nextDueAt()).isEqualTo(ACK_DUE);
            assertThat(at(ACK_DUE.minus(Duration.ofHours(24)).minusSeconds(1)).light()).isEqualTo(Light.GREEN);
            LedgerRow dueSoon = at(ACK_DUE.minus(Duration.ofHours(24)));
            assertThat(dueSoon.light()).isEqualTo(Light.AMBER);
            assertThat(dueSoon.lightReasons()).containsExactly(LightReason.DUE_SOON);
            assertThat(at(ACK_DUE.minusSeconds(1)).light()).isEqualTo(Light.AMBER);
        }

        @Test
        void atItsDueTimeAnUnmadeAcknowledgementIsOverdueEvenBeforeTheLapseIsRecorded() {
            given(registered(), dispatched());

            LedgerRow due = at(ACK_DUE);
            assertThat(due.light()).isEqualTo(Light.RED);
            assertThat(due.lightReasons()).containsExactly(LightReason.OVERDUE);
            assertThat(due.daysOverdue()).isEqualTo(1);
            assertThat(at(ACK_DUE.plus(Duration.ofHours(24)).minusSeconds(1)).daysOverdue()).isEqualTo(1);
            assertThat(at(ACK_DUE.plus(Duration.ofHours(24))).daysOverdue()).isEqualTo(2);
        }

        @Test
        void staysDispatchedUntilEveryLeadUnitHasAcknowledged() {
            given(registered(), dispatched(), new TaskAcknowledged(TASK, GXJ, "李四", GXJ_USER, T0.plusSeconds(10)));
            assertThat(at(T0).status()).isEqualTo(LedgerStatus.DISPATCHED);

            given(new TaskAcknowledged(TASK, FGW, "王五", FGW_USER, T0.plusSeconds(20)));
            LedgerRow row = at(ACK_DUE.plusSeconds(1));
            assertThat(row.status()).isEqualTo(LedgerStatus.ACKNOWLEDGED);
            assertThat(row.light()).as("nothing owed any more").isEqualTo(Light.GREEN);
            assertThat(row.nextDueAt()).isNull();
        }

        @Test
        void aRecordedLapseStaysRedUntilTheUnitAcknowledgesLate() {
            given(registered(), dispatched(), new TaskAcknowledged(TASK, GXJ, "李四", GXJ_USER, T0.plusSeconds(10)),
                    new AcknowledgementOverdue(TASK, FGW, "ack/fgw", ACK_DUE, Actor.SYSTEM, ACK_DUE));

            LedgerRow lapsed = at(ACK_DUE.plus(Duration.ofDays(3)));
            assertThat(lapsed.light()).isEqualTo(Light.RED);
            assertThat(lapsed.daysOverdue()).isEqualTo(4);
            assertThat(lapsed.strikes()).isEqualTo(1);
            assertThat(lapsed.nextDueAt()).as("the lapse closed the due").isNull();

            given(new TaskAcknowledged(TASK, FGW, "王五", FGW_USER, ACK_DUE.plus(Duration.ofDays(3))));
            LedgerRow late = at(ACK_DUE.plus(Duration.ofDays(3)));
            assertThat(late.light()).isEqualTo(Light.GREEN);
            assertThat(late.daysOverdue()).isZero();
            assertThat(late.strikes()).as("a strike stays a strike").isEqualTo(1);
        }
    }

    @Nested
    class Reports {

        @Test
        void aRoundAsksEachLeadUnitForAReportByItsDueTime() {
            underFollowUp();

            LedgerRow row = at(T0.plus(Duration.ofDays(1)));
            assertThat(row.status()).isEqualTo(LedgerStatus.ACKNOWLEDGED);
            assertThat(row.round()).isEqualTo(1);
            assertThat(row.nextDueAt()).isEqualTo(REPORT_DUE);
            assertThat(row.light()).isEqualTo(Light.GREEN);
        }

        @Test
        void thePercentCompleteIsTheLastAcceptedReportsNotTheLastSubmitted() {
            underFollowUp();
            given(report(GXJ, GXJ_USER, 1, 1, 30, T0.plus(Duration.ofDays(2))));
            LedgerRow submitted = at(T0.plus(Duration.ofDays(2)));
            assertThat(submitted.status()).isEqualTo(LedgerStatus.REPORTED);
            assertThat(submitted.percentComplete()).isNull();
            assertThat(submitted.lastReportAt()).isEqualTo(T0.plus(Duration.ofDays(2)));

            given(new ReportAccepted(TASK, "1/gxj/1", GXJ, 1, Assessment.ON_TRACK, SUPERVISOR, T0.plus(Duration.ofDays(3))),
                    report(FGW, FGW_USER, 1, 1, 55, T0.plus(Duration.ofDays(4))));
            assertThat(at(T0.plus(Duration.ofDays(4))).percentComplete()).isEqualTo(30);

            given(new ReportAccepted(TASK, "1/fgw/1", FGW, 1, Assessment.ON_TRACK, SUPERVISOR, T0.plus(Duration.ofDays(5))));
            assertThat(at(T0.plus(Duration.ofDays(5))).percentComplete()).isEqualTo(55);
        }

        @Test
        void aReturnedReportIsAmberUntilItIsSubmittedAgain() {
            underFollowUp();
            Instant resubmitDue = T0.plus(Duration.ofDays(5));
            given(report(GXJ, GXJ_USER, 1, 1, 30, T0.plus(Duration.ofDays(2))),
                    report(FGW, FGW_USER, 1, 1, 30, T0.plus(Duration.ofDays(2))),
                    new ReportReturned(TASK, "1/gxj/1", GXJ, 1, "数据不实", resubmitDue, SUPERVISOR, T0.plus(Duration.ofDays(3))));

            LedgerRow returned = at(T0.plus(Duration.ofDays(3)));
            assertThat(returned.light()).isEqualTo(Light.AMBER);
            assertThat(returned.lightReasons()).containsExactly(LightReason.RETURNED);
            assertThat(returned.nextDueAt()).isEqualTo(resubmitDue);
            assertThat(returned.percentComplete()).isNull();

            given(report(GXJ, GXJ_USER, 1, 2, 35, T0.plus(Duration.ofDays(4))));
            assertThat(at(T0.plus(Duration.ofDays(4))).light()).isEqualTo(Light.GREEN);
        }

        @Test
        void aSlowAssessmentIsAmberAndAnIneffectiveOneRedUntilABetterOneIsAccepted() {
            underFollowUp();
            given(report(GXJ, GXJ_USER, 1, 1, 10, T0.plus(Duration.ofDays(2))),
                    new ReportAccepted(TASK, "1/gxj/1", GXJ, 1, Assessment.SLOW, SUPERVISOR, T0.plus(Duration.ofDays(3))));
            LedgerRow slow = at(T0.plus(Duration.ofDays(3)));
            assertThat(slow.light()).isEqualTo(Light.AMBER);
            assertThat(slow.lightReasons()).containsExactly(LightReason.SLOW);
            assertThat(slow.strikes()).isEqualTo(1);

            given(report(FGW, FGW_USER, 1, 1, 5, T0.plus(Duration.ofDays(3))),
                    new ReportAccepted(TASK, "1/fgw/1", FGW, 1, Assessment.INEFFECTIVE, SUPERVISOR, T0.plus(Duration.ofDays(4))));
            LedgerRow ineffective = at(T0.plus(Duration.ofDays(4)));
            assertThat(ineffective.light()).isEqualTo(Light.RED);
            assertThat(ineffective.lightReasons()).containsExactly(LightReason.INEFFECTIVE);

            given(new FollowUpRoundOpened(TASK, 2, REPORT_DUE.plus(Duration.ofDays(7)), List.of(GXJ, FGW), Actor.SYSTEM,
                            REPORT_DUE.plus(Duration.ofDays(3))),
                    report(GXJ, GXJ_USER, 2, 1, 40, REPORT_DUE.plus(Duration.ofDays(4))),
                    new ReportAccepted(TASK, "2/gxj/1", GXJ, 2, Assessment.ON_TRACK, SUPERVISOR, REPORT_DUE.plus(Duration.ofDays(4))));
            assertThat(at(REPORT_DUE.plus(Duration.ofDays(4))).lightReasons())
                    .as("fgw still owes round 2, due in 3 days").isEmpty();
        }

        @Test
        void aMissedReportIsOverdueUntilTheUnitReportsInALaterRound() {
            underFollowUp();
            given(report(GXJ, GXJ_USER, 1, 1, 30, T0.plus(Duration.ofDays(2))),
                    new ReportOverdue(TASK, FGW, 1, "report/1/fgw", REPORT_DUE, Actor.SYSTEM, REPORT_DUE));
            LedgerRow missed = at(REPORT_DUE.plus(Duration.ofHours(30)));
            assertThat(missed.light()).isEqualTo(Light.RED);
            assertThat(missed.daysOverdue()).isEqualTo(2);

            Instant round2Due = REPORT_DUE.plus(Duration.ofDays(7));
            given(new FollowUpRoundOpened(TASK, 2, round2Due, List.of(GXJ, FGW), Actor.SYSTEM, REPORT_DUE.plus(Duration.ofDays(3))),
                    report(FGW, FGW_USER, 2, 1, 40, REPORT_DUE.plus(Duration.ofDays(4))));
            LedgerRow madeGood = at(REPORT_DUE.plus(Duration.ofDays(4)));
            assertThat(madeGood.daysOverdue()).isZero();
            assertThat(madeGood.light()).isEqualTo(Light.GREEN);
            assertThat(madeGood.nextDueAt()).as("gxj still owes round 2").isEqualTo(round2Due);
        }

        @Test
        void anExtensionMovesTheDueTime() {
            underFollowUp();
            Instant later = REPORT_DUE.plus(Duration.ofDays(3));
            given(new ExtensionGranted(TASK, "X1", GXJ, "report/1/gxj", REPORT_DUE, later, SUPERVISOR, T0.plus(Duration.ofDays(2))),
                    report(FGW, FGW_USER, 1, 1, 30, T0.plus(Duration.ofDays(2))));

            assertThat(at(REPORT_DUE).light()).isEqualTo(Light.GREEN);
            assertThat(at(REPORT_DUE).nextDueAt()).isEqualTo(later);
            assertThat(at(later).light()).isEqualTo(Light.RED);
        }

        @Test
        void stoppingTheFollowUpForgivesTheReportsOwed() {
            underFollowUp();
            given(new ReportOverdue(TASK, FGW, 1, "report/1/fgw", REPORT_DUE, Actor.SYSTEM, REPORT_DUE),
                    new FollowUpStopped(TASK, "任务调整", SUPERVISOR, REPORT_DUE.plusSeconds(60)));

            LedgerRow stopped = at(REPORT_DUE.plus(Duration.ofDays(1)));
            assertThat(stopped.status()).isEqualTo(LedgerStatus.FOLLOW_UP_STOPPED);
            assertThat(stopped.light()).isEqualTo(Light.GREEN);
            assertThat(stopped.nextDueAt()).isNull();
        }
    }

    @Nested
    class Notices {

        @Test
        void aNoticeIsRedUntilItsRectificationIsVerified() {
            underFollowUp();
            Instant rectificationDue = T0.plus(Duration.ofDays(12));
            given(new NoticeIssued(TASK, "E1", GXJ, EscalationStep.CRITICISM, EscalationStep.CRITICISM, "进度缓慢",
                    rectificationDue, POLICY, SUPERVISOR, T0.plus(Duration.ofDays(2))),
                    report(GXJ, GXJ_USER, 1, 1, 30, T0.plus(Duration.ofDays(2))),
                    report(FGW, FGW_USER, 1, 1, 30, T0.plus(Duration.ofDays(2))));
            LedgerRow notified = at(T0.plus(Duration.ofDays(3)));
            assertThat(notified.light()).isEqualTo(Light.RED);
            assertThat(notified.lightReasons()).containsExactly(LightReason.UNDER_NOTICE);
            assertThat(notified.openNotices()).isOne();
            assertThat(notified.nextDueAt()).isEqualTo(rectificationDue);

            given(new RectificationReported(TASK, "E1", GXJ, "已整改", List.of(), GXJ_USER, T0.plus(Duration.ofDays(4))));
            assertThat(at(T0.plus(Duration.ofDays(4))).light()).as("reported, not yet verified").isEqualTo(Light.RED);

            given(new RectificationVerified(TASK, "E1", GXJ, SUPERVISOR, T0.plus(Duration.ofDays(5))));
            LedgerRow verified = at(T0.plus(Duration.ofDays(5)));
            assertThat(verified.light()).isEqualTo(Light.GREEN);
            assertThat(verified.openNotices()).isZero();
        }

        @Test
        void aReminderStepIsNotANotice() {
            underFollowUp();
            given(new NoticeIssued(TASK, "E1", GXJ, EscalationStep.REMINDER, EscalationStep.REMINDER, "", null, POLICY,
                    SUPERVISOR, T0.plus(Duration.ofDays(2))));

            assertThat(at(T0.plus(Duration.ofDays(2))).openNotices()).isZero();
            assertThat(at(T0.plus(Duration.ofDays(2))).light()).isEqualTo(Light.GREEN);
        }

        @Test
        void aMissedRectificationIsOverdueUntilTheNextDecisionOnTheUnit() {
            underFollowUp();
            Instant rectificationDue = T0.plus(Duration.ofDays(5));
            given(new NoticeIssued(TASK, "E1", GXJ, EscalationStep.CRITICISM, EscalationStep.CRITICISM, "",
                            rectificationDue, POLICY, SUPERVISOR, T0.plus(Duration.ofDays(1))),
                    new RectificationMissed(TASK, "E1", GXJ, "rect/E1", rectificationDue, Actor.SYSTEM, rectificationDue));
            LedgerRow missed = at(rectificationDue.plus(Duration.ofDays(1)));
            assertThat(missed.lightReasons()).containsExactly(LightReason.OVERDUE, LightReason.UNDER_NOTICE);
            assertThat(missed.daysOverdue()).isEqualTo(2);
            assertThat(missed.strikes()).isEqualTo(1);

            given(new NoticeIssued(TASK, "E2", GXJ, EscalationStep.ADMONITION, EscalationStep.ADMONITION, "",
                    rectificationDue.plus(Duration.ofDays(7)), POLICY, SUPERVISOR, rectificationDue.plus(Duration.ofDays(1))));
            LedgerRow admonished = at(rectificationDue.plus(Duration.ofDays(1)));
            assertThat(admonished.daysOverdue()).isZero();
            assertThat(admonished.openNotices()).isEqualTo(2);
        }

        @Test
        void raisedSupervisionIsRedUntilTheTaskIsClosed() {
            underFollowUp();
            given(new SupervisionRaised(TASK, "E3", List.of("陈秀兴"), 3, "三次", POLICY, Actor.SYSTEM, T0.plus(Duration.ofDays(1))));
            assertThat(at(T0.plus(Duration.ofDays(1))).lightReasons()).containsExactly(LightReason.RAISED);
        }
    }

    @Nested
    class CloseOut {

        @Test
        void aClosedTaskIsGreenOwesNothingAndKeepsItsClosingTime() {
            underFollowUp();
            Instant closedAt = T0.plus(Duration.ofDays(3));
            given(new ReportOverdue(TASK, FGW, 1, "report/1/fgw", REPORT_DUE, Actor.SYSTEM, REPORT_DUE),
                    new NoticeIssued(TASK, "E1", FGW, EscalationStep.ACCOUNTABILITY, EscalationStep.ACCOUNTABILITY, "",
                            null, POLICY, SUPERVISOR, T0.plus(Duration.ofDays(1))),
                    new CompletionRequested(TASK, GXJ, List.of("验收报告"), "", GXJ_USER, T0.plus(Duration.ofDays(2))));
            assertThat(at(T0.plus(Duration.ofDays(2))).status()).isEqualTo(LedgerStatus.CLOSE_OUT_REQUESTED);
            assertThat(at(T0.plus(Duration.ofDays(2))).light()).isEqualTo(Light.RED);

            given(new TaskClosed(TASK, "", SUPERVISOR, closedAt));
            LedgerRow closed = at(closedAt.plus(Duration.ofDays(30)));
            assertThat(closed.status()).isEqualTo(LedgerStatus.CLOSED);
            assertThat(closed.light()).isEqualTo(Light.GREEN);
            assertThat(closed.closedAt()).isEqualTo(closedAt);
            assertThat(closed.openNotices()).isZero();
            assertThat(closed.nextDueAt()).isNull();
        }

        @Test
        void aReturnedCloseOutAndAReopeningGoBackToFollowUp() {
            underFollowUp();
            given(report(GXJ, GXJ_USER, 1, 1, 90, T0.plus(Duration.ofDays(1))),
                    new CompletionRequested(TASK, GXJ, List.of(), "", GXJ_USER, T0.plus(Duration.ofDays(2))),
                    new CompletionReturned(TASK, GXJ, "材料不全", SUPERVISOR, T0.plus(Duration.ofDays(3))));
            assertThat(at(T0.plus(Duration.ofDays(3))).status()).isEqualTo(LedgerStatus.REPORTED);

            given(new TaskClosed(TASK, "", SUPERVISOR, T0.plus(Duration.ofDays(4))),
                    new TaskReopened(TASK, "复查未完成", SUPERVISOR, T0.plus(Duration.ofDays(5))));
            LedgerRow reopened = at(T0.plus(Duration.ofDays(5)));
            assertThat(reopened.status()).isEqualTo(LedgerStatus.REPORTED);
            assertThat(reopened.closedAt()).isNull();
            assertThat(reopened.lastAction()).isEqualTo("reopened: 复查未完成");
        }
    }

    @Test
    void anEventAtOrBeforeTheLastAppliedIsSkipped() {
        given(registered(), dispatched());

        assertThat(LedgerFold.apply(entry, dispatched(), 1)).isFalse();
        assertThat(LedgerFold.apply(entry, new TaskAcknowledged(TASK, GXJ, "李四", GXJ_USER, T0), 0)).isFalse();
        assertThat(entry.lastSequence()).isEqualTo(1);
        assertThat(at(T0).status()).isEqualTo(LedgerStatus.DISPATCHED);
    }
}
