package gov.supervision.query.scorecard;

import gov.supervision.command.task.api.*;
import gov.supervision.query.scorecard.api.FindUnitScorecards;
import gov.supervision.query.scorecard.api.UnitScorecard;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds events to the scorecard projection on PostgreSQL and reads scorecards for periods: each rule event by
 * event, then a ranking whose scores are computed by hand in the comments.
 */
@JdbcTest
@AutoConfigureEmbeddedDatabase
@Import({ScorecardProjection.class, ScorecardQueryHandler.class})
class ScorecardProjectionTest {

    static final String PLAN = "聊政发〔2021〕1号";
    static final Unit GXJ = new Unit("gxj", "市工业和信息化局");
    static final Unit FGW = new Unit("fgw", "市发展改革委");
    static final Actor SUPERVISOR = Actor.supervisor("supervisor");
    static final Policy POLICY = new Policy("escalation-policy", 1);
    /** Monday 1 March 2021 00:00 in Liaocheng: the week 2021-W09 runs from here for 7 days */
    static final Instant WEEK = Instant.parse("2021-02-28T16:00:00Z");
    static final Instant NEXT_WEEK = WEEK.plus(Duration.ofDays(7));

    @Autowired
    ScorecardProjection projection;
    @Autowired
    ScorecardQueryHandler queries;

    private final Map<TaskId, Long> sequences = new HashMap<>();

    @Test
    void acknowledgementsAreOnTimeLateOrMissedAndTheirDelayIsAveraged() {
        TaskId a = register(1, GXJ);
        TaskId b = register(2, GXJ);
        TaskId c = register(3, GXJ);
        Instant due = WEEK.plus(Duration.ofDays(2));
        for (TaskId task : List.of(a, b, c)) {
            feed(new TaskDispatched(task, List.of(GXJ), due, SUPERVISOR, WEEK));
        }
        feed(new TaskAcknowledged(a, GXJ, "李四", unit(GXJ), WEEK.plus(Duration.ofHours(6))));
        feed(new AcknowledgementOverdue(b, GXJ, "ack/gxj", due, Actor.SYSTEM, due));
        feed(new TaskAcknowledged(b, GXJ, "李四", unit(GXJ), due.plus(Duration.ofHours(12))));
        feed(new AcknowledgementOverdue(c, GXJ, "ack/gxj", due, Actor.SYSTEM, due));

        UnitScorecard gxj = week().get(0);
        assertThat(gxj.tasksLed()).isEqualTo(3);
        assertThat(gxj.acknowledgementsDue()).isEqualTo(3);
        assertThat(List.of(gxj.acknowledgedOnTime(), gxj.acknowledgedLate(), gxj.acknowledgementsMissed()))
                .containsExactly(1, 1, 1);
        assertThat(gxj.onTimeAcknowledgementRate()).isEqualTo(0.3333);
        // 6 h and 48 + 12 = 60 h
        assertThat(gxj.averageAcknowledgementHours()).isEqualTo(33.0);
    }

    @Test
    void reportsCountInTheWeekTheyAreDueAndOnlyTheFirstSubmissionDecides() {
        TaskId task = register(9, GXJ);
        Instant due1 = WEEK.plus(Duration.ofDays(1)).plus(Duration.ofHours(17));
        Instant due2 = NEXT_WEEK.plus(Duration.ofDays(1)).plus(Duration.ofHours(17));
        feed(new TaskDispatched(task, List.of(GXJ), null, SUPERVISOR, WEEK));
        feed(new FollowUpRoundOpened(task, 1, due1, List.of(GXJ), Actor.SYSTEM, WEEK));
        feed(report(task, GXJ, 1, 1, due1.minusSeconds(60)));
        feed(new ReportReturned(task, "1/gxj/1", GXJ, 1, "数据不实", due1.plus(Duration.ofDays(1)), SUPERVISOR, due1));
        feed(report(task, GXJ, 1, 2, due1.plus(Duration.ofDays(2))));
        feed(new FollowUpRoundOpened(task, 2, due2, List.of(GXJ), Actor.SYSTEM, NEXT_WEEK));

        UnitScorecard first = week().get(0);
        assertThat(first.reportsDue()).isOne();
        assertThat(first.reportsOnTime()).as("the late resubmission does not undo it").isOne();
        assertThat(first.reportsSubmitted()).isEqualTo(2);
        assertThat(first.reportsReturned()).isOne();
        assertThat(first.onTimeReportRate()).isEqualTo(1.0);
        assertThat(first.returnedReportRate()).isEqualTo(0.5);

        UnitScorecard second = scorecards(NEXT_WEEK, NEXT_WEEK.plus(Duration.ofDays(7))).get(0);
        assertThat(second.reportsDue()).isOne();
        assertThat(second.reportsPending()).isOne();
        assertThat(second.onTimeReportRate()).as("nothing decided yet").isNull();
    }

    @Test
    void aReportAfterItsDueTimeIsLateAMissedOneMissedAndAnExtensionMovesTheDueTime() {
        TaskId late = register(10, GXJ);
        TaskId missed = register(11, GXJ);
        TaskId extended = register(12, GXJ);
        Instant due = WEEK.plus(Duration.ofDays(2));
        for (TaskId task : List.of(late, missed, extended)) {
            feed(new TaskDispatched(task, List.of(GXJ), null, SUPERVISOR, WEEK));
            feed(new FollowUpRoundOpened(task, 1, due, List.of(GXJ), Actor.SYSTEM, WEEK));
        }
        feed(report(late, GXJ, 1, 1, due.plusSeconds(1)));
        feed(new ReportOverdue(missed, GXJ, 1, "report/1/gxj", due, Actor.SYSTEM, due));
        feed(new ExtensionGranted(extended, "X1", GXJ, "report/1/gxj", due, due.plus(Duration.ofDays(2)), SUPERVISOR,
                WEEK.plus(Duration.ofDays(1))));
        feed(report(extended, GXJ, 1, 1, due.plus(Duration.ofDays(1))));

        UnitScorecard gxj = week().get(0);
        assertThat(List.of(gxj.reportsOnTime(), gxj.reportsLate(), gxj.reportsMissed())).containsExactly(1, 1, 1);
        assertThat(gxj.onTimeReportRate()).isEqualTo(0.3333);
    }

    @Test
    void noticesAreCountedByStepInTheWeekTheyAreIssued() {
        TaskId task = register(14, GXJ);
        feed(notice(task, "E1", EscalationStep.REMINDER, WEEK.plusSeconds(10)));
        feed(notice(task, "E2", EscalationStep.CRITICISM, WEEK.plus(Duration.ofDays(1))));
        feed(notice(task, "E3", EscalationStep.ADMONITION, WEEK.plus(Duration.ofDays(2))));
        feed(notice(task, "E4", EscalationStep.ACCOUNTABILITY, WEEK.plus(Duration.ofDays(3))));
        feed(notice(task, "E5", EscalationStep.CRITICISM, NEXT_WEEK));

        UnitScorecard gxj = week().get(0);
        assertThat(List.of(gxj.reminders(), gxj.notices(), gxj.accountabilityActions())).containsExactly(1, 2, 1);
        // no rate at all: 100 − 2 × 5 − 20
        assertThat(gxj.score()).isEqualTo(70.0);
    }

    @Test
    void aTaskClosedWithinThePlansYearIsClosedOnTime() {
        TaskId onTime = register(20, GXJ);
        TaskId late = register(21, GXJ);
        Instant newYear = Instant.parse("2021-12-31T16:00:00Z"); // 1 January 2022, 00:00 in Liaocheng
        feed(new TaskClosed(onTime, "", SUPERVISOR, newYear.minusSeconds(1)));
        feed(new TaskClosed(late, "", SUPERVISOR, newYear.plusSeconds(1)));

        UnitScorecard gxj = scorecards(newYear.minus(Duration.ofDays(1)), newYear.plus(Duration.ofDays(1))).get(0);
        assertThat(gxj.tasksClosed()).isEqualTo(2);
        assertThat(gxj.tasksClosedOnTime()).isOne();
        assertThat(gxj.onTimeCloseOutRate()).isEqualTo(0.5);
    }

    @Test
    void whatAClosedOrWithdrawnTaskNoLongerOwesIsNotCounted() {
        TaskId closed = register(30, GXJ);
        TaskId withdrawn = register(31, GXJ);
        Instant due = WEEK.plus(Duration.ofDays(2));
        for (TaskId task : List.of(closed, withdrawn)) {
            feed(new TaskDispatched(task, List.of(GXJ), null, SUPERVISOR, WEEK));
            feed(new FollowUpRoundOpened(task, 1, due, List.of(GXJ), Actor.SYSTEM, WEEK));
        }
        feed(new TaskClosed(closed, "", SUPERVISOR, WEEK.plus(Duration.ofDays(1))));
        feed(new TaskWithdrawn(withdrawn, "不再列入", SUPERVISOR, WEEK.minus(Duration.ofDays(1))));

        UnitScorecard gxj = week().get(0);
        assertThat(gxj.reportsDue()).isZero();
        assertThat(gxj.tasksLed()).as("withdrawn before the week").isOne();
    }

    @Test
    void unitsAreRankedByScoreAndEqualScoresShareARank() {
        Unit czj = new Unit("czj", "市财政局");
        Instant due = WEEK.plus(Duration.ofDays(2));
        TaskId a = register(40, GXJ);
        TaskId b = register(41, FGW);
        TaskId c = register(42, czj);
        TaskId d = register(43, GXJ);
        for (TaskId task : List.of(a, b, c, d)) {
            feed(new TaskDispatched(task, List.of(leadOf(task)), due, SUPERVISOR, WEEK));
        }
        feed(new TaskAcknowledged(a, GXJ, "李四", unit(GXJ), WEEK.plusSeconds(60)));
        feed(new AcknowledgementOverdue(d, GXJ, "ack/gxj", due, Actor.SYSTEM, due));
        feed(new TaskAcknowledged(b, FGW, "王五", unit(FGW), WEEK.plusSeconds(60)));
        feed(new TaskAcknowledged(c, czj, "赵六", unit(czj), WEEK.plusSeconds(60)));
        feed(notice(c, "E1", EscalationStep.CRITICISM, WEEK.plus(Duration.ofDays(3))));

        List<UnitScorecard> ranking = week();
        // fgw: 100; czj: 100 − 5 = 95; gxj: acknowledgements 1 of 2 on time → 50
        assertThat(ranking).extracting(UnitScorecard::unitId, UnitScorecard::score, UnitScorecard::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fgw", 100.0, 1),
                        org.assertj.core.groups.Tuple.tuple("czj", 95.0, 2),
                        org.assertj.core.groups.Tuple.tuple("gxj", 50.0, 3));

        feed(new TaskAcknowledged(d, GXJ, "李四", unit(GXJ), due.plusSeconds(1)));
        feed(notice(b, "E2", EscalationStep.CRITICISM, WEEK.plus(Duration.ofDays(3))));
        assertThat(week()).extracting(UnitScorecard::unitId, UnitScorecard::rank)
                .as("fgw and czj both 95 now").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("czj", 1),
                        org.assertj.core.groups.Tuple.tuple("fgw", 1),
                        org.assertj.core.groups.Tuple.tuple("gxj", 3));
    }

    @Test
    void aUnitWithNothingRatedInThePeriodIsListedUnranked() {
        register(60, GXJ);
        TaskId task = register(61, FGW);
        feed(new TaskDispatched(task, List.of(FGW), WEEK.plus(Duration.ofDays(2)), SUPERVISOR, WEEK));
        feed(new AcknowledgementOverdue(task, FGW, "ack/fgw", WEEK.plus(Duration.ofDays(2)), Actor.SYSTEM,
                WEEK.plus(Duration.ofDays(2))));

        assertThat(week()).extracting(UnitScorecard::unitId, UnitScorecard::score, UnitScorecard::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fgw", 0.0, 1),
                        org.assertj.core.groups.Tuple.tuple("gxj", null, null));
    }

    @Test
    void handlingAnEventTwiceChangesNothingAndAResetEmptiesTheFacts() {
        TaskId task = register(50, GXJ);
        TaskDispatched dispatched = new TaskDispatched(task, List.of(GXJ), WEEK.plus(Duration.ofDays(2)), SUPERVISOR,
                WEEK);
        feed(dispatched);
        TaskAcknowledged acknowledged = new TaskAcknowledged(task, GXJ, "李四", unit(GXJ), WEEK.plusSeconds(60));
        feed(acknowledged);
        redeliver(acknowledged, 2);
        redeliver(dispatched, 1);

        assertThat(week().get(0).acknowledgementsDue()).isOne();
        assertThat(week().get(0).acknowledgedOnTime()).isOne();

        projection.reset();
        assertThat(week()).isEmpty();
    }

    private final Map<TaskId, Unit> leads = new HashMap<>();

    private TaskId register(int number, Unit lead) {
        TaskId task = TaskId.of(PLAN, number);
        leads.put(task, lead);
        feed(new TaskRegistered(task, PLAN, number, "一、主要预期目标", "任务" + number, List.of("陈秀兴"), List.of(lead),
                List.of(), Actor.SYSTEM, WEEK.minus(Duration.ofDays(30))));
        return task;
    }

    private Unit leadOf(TaskId task) {
        return leads.get(task);
    }

    private static Actor unit(Unit unit) {
        return Actor.unit(unit.id(), unit.id());
    }

    private static ProgressReported report(TaskId task, Unit unit, int round, int attempt, Instant at) {
        return new ProgressReported(task, round + "/" + unit.id() + "/" + attempt, unit, round, "进展", 30, "", "",
                List.of(), List.of(), unit(unit), at);
    }

    private NoticeIssued notice(TaskId task, String escalation, EscalationStep step, Instant at) {
        return new NoticeIssued(task, escalation, leadOf(task), step, step, "", null, POLICY, SUPERVISOR, at);
    }

    private List<UnitScorecard> week() {
        return scorecards(WEEK, NEXT_WEEK);
    }

    private List<UnitScorecard> scorecards(Instant from, Instant to) {
        return queries.handle(new FindUnitScorecards(PLAN, from, to));
    }

    private void feed(TaskEvent event) {
        long sequence = sequences.merge(event.taskId(), 0L, (last, zero) -> last + 1);
        redeliver(event, sequence);
    }

    private void redeliver(TaskEvent event, long sequence) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(
                    new GenericDomainEventMessage<>("SupervisedTask", event.taskId().value(), sequence, event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
