package gov.supervision.query.ledger;

import gov.supervision.command.task.api.*;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.Unit;
import gov.supervision.query.ledger.api.FindLedgerRows;
import gov.supervision.query.ledger.api.LedgerRow;
import gov.supervision.query.ledger.api.LedgerStatus;
import io.zonky.test.db.AutoConfigureEmbeddedDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds events to the ledger projection on PostgreSQL, then asks the query handler. */
@JdbcTest
@AutoConfigureEmbeddedDatabase
@Import({LedgerProjection.class, LedgerTable.class, LedgerQueryHandler.class, LedgerProjectionTest.Time.class})
class LedgerProjectionTest {

    /** The ledger is read at a fixed instant, a day after the tasks below begin. */
    static class Time {
        @Bean
        Clock clock() {
            return Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        }
    }

    static final String PLAN = "聊政发〔2021〕1号";
    static final Unit FGW = new Unit("fgw", "市发展改革委");
    static final Unit GXJ = new Unit("gxj", "市工业和信息化局");
    static final Instant T0 = Instant.parse("2021-02-20T01:00:00Z");

    @Autowired
    LedgerProjection projection;
    @Autowired
    LedgerQueryHandler queries;

    @Test
    void aRegisteredTaskAppearsWithItsShortTitleAndLeadUnits() {
        feed(registered(37, "打造高质量“双招双引”平台,持续办好江北水城“双招双引”大会,力促爱普华顿数字工厂、中科东方装备产业基地等项目落地达产。支持各县。",
                List.of(FGW, GXJ)));

        LedgerRow row = only(new FindLedgerRows(PLAN, 37, null, null));
        assertThat(row.status()).isEqualTo(LedgerStatus.REGISTERED);
        assertThat(row.shortTitle()).isEqualTo("打造高质量“双招双引”平台,持续办好江北水城“双招双引”大会,力促爱普华顿数字工…");
        assertThat(row.leadUnits()).containsExactly(FGW, GXJ);
        assertThat(row.lastAction()).isEqualTo("registered");
        assertThat(row.lastActionAt()).isEqualTo(T0);
    }

    @Test
    void staysDispatchedUntilEveryLeadUnitHasAcknowledged() {
        TaskId task = TaskId.of(PLAN, 33);
        feed(registered(33, "推进新基建三年行动。", List.of(FGW, GXJ)));
        feed(new TaskDispatched(task, List.of(FGW, GXJ), T0.plusSeconds(3600), Actor.supervisor("supervisor"), T0.plusSeconds(1)));
        feed(new TaskAcknowledged(task, FGW, "张三", Actor.unit("fgw", "fgw"), T0.plusSeconds(2)));

        LedgerRow partly = only(new FindLedgerRows(PLAN, 33, null, null));
        assertThat(partly.status()).isEqualTo(LedgerStatus.DISPATCHED);
        assertThat(partly.lastAction()).isEqualTo("acknowledged by 市发展改革委");

        feed(new TaskAcknowledged(task, GXJ, "李四", Actor.unit("gxj", "gxj"), T0.plusSeconds(3)));
        assertThat(only(new FindLedgerRows(PLAN, 33, null, null)).status()).isEqualTo(LedgerStatus.ACKNOWLEDGED);
    }

    @Test
    void anAcceptedReportShowsItsPercentAndHandlingAnEventTwiceChangesNothing() {
        TaskId task = TaskId.of(PLAN, 9);
        feed(registered(9, "大力实施制造业强市战略, 制造业增加值增长6%以上。", List.of(GXJ)));
        feed(new TaskDispatched(task, List.of(GXJ), T0.plusSeconds(3600), Actor.supervisor("supervisor"), T0.plusSeconds(1)));
        TaskAcknowledged acknowledged = new TaskAcknowledged(task, GXJ, "李四", Actor.unit("gxj", "gxj"), T0.plusSeconds(2));
        feed(acknowledged);
        feed(new ProgressReported(task, "1/gxj/1", GXJ, 1, "已完成", 30, "", "", List.of(), List.of(), Actor.unit("gxj", "gxj"), T0.plusSeconds(3)));
        redeliver(acknowledged, 2);

        LedgerRow row = only(new FindLedgerRows(PLAN, 9, null, null));
        assertThat(row.status()).isEqualTo(LedgerStatus.REPORTED);
        assertThat(row.percentComplete()).as("not yet accepted").isNull();
        assertThat(row.lastReportAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(row.lastAction()).isEqualTo("progress reported by 市工业和信息化局 (30%)");
        assertThat(row.lastActionAt()).isEqualTo(T0.plusSeconds(3));

        feed(new ReportAccepted(task, "1/gxj/1", GXJ, 1, Assessment.ON_TRACK, Actor.supervisor("s"), T0.plusSeconds(4)));
        assertThat(only(new FindLedgerRows(PLAN, 9, null, null)).percentComplete()).isEqualTo(30);
    }

    @Test
    void filtersByLeadUnitIdOrNameAndByStatus() {
        feed(registered(1, "地区生产总值增长6%以上。", List.of(FGW)));
        feed(registered(4, "规模以上工业增加值增幅不低于全省平均水平。", List.of(GXJ)));
        feed(registered(33, "推进新基建三年行动。", List.of(FGW, GXJ)));
        feed(new TaskDispatched(TaskId.of(PLAN, 33), List.of(FGW, GXJ), T0.plusSeconds(3600), Actor.supervisor("s"), T0));

        assertThat(numbers(new FindLedgerRows(PLAN, null, "gxj", null))).containsExactly(4, 33);
        assertThat(numbers(new FindLedgerRows(PLAN, null, "市发展改革委", null))).containsExactly(1, 33);
        assertThat(numbers(new FindLedgerRows(null, null, "gxj", LedgerStatus.DISPATCHED))).containsExactly(33);
        assertThat(numbers(FindLedgerRows.ofPlan("聊政发〔2021〕2号"))).isEmpty();
    }

    @Test
    void strikesAreCountedFromTheEventsThatAreStrikes() {
        TaskId task = TaskId.of(PLAN, 12);
        Actor system = Actor.SYSTEM;
        Actor supervisor = Actor.supervisor("supervisor");
        feed(registered(12, "大力引进培育国家、省高层次人才。", List.of(GXJ)));
        feed(new AcknowledgementOverdue(task, GXJ, "ack/gxj", T0, system, T0.plusSeconds(1)));
        feed(new ReportOverdue(task, GXJ, 1, "report/1/gxj", T0, system, T0.plusSeconds(2)));
        feed(new ReportAccepted(task, "2/gxj/1", GXJ, 2, Assessment.ON_TRACK, supervisor, T0.plusSeconds(3)));
        feed(new ReportAccepted(task, "3/gxj/1", GXJ, 3, Assessment.SLOW, supervisor, T0.plusSeconds(4)));
        feed(new RectificationRejected(task, "E1", GXJ, "台账未更新", supervisor, T0.plusSeconds(5)));

        LedgerRow row = only(new FindLedgerRows(PLAN, 12, null, null));
        assertThat(row.strikes()).isEqualTo(4);
        assertThat(row.lastAction()).isEqualTo("rectification of 市工业和信息化局 not met");
    }

    @Test
    void followsTheTaskThroughRoundsRaisedSupervisionCloseOutAndReopening() {
        TaskId task = TaskId.of(PLAN, 14);
        Actor supervisor = Actor.supervisor("supervisor");
        Actor unit = Actor.unit("gxj", "gxj");
        feed(registered(14, "实施新一轮企业家素质提升工程。", List.of(GXJ)));
        feed(new TaskDispatched(task, List.of(GXJ), T0.plusSeconds(3600), supervisor, T0));
        feed(new TaskAcknowledged(task, GXJ, "李四", unit, T0.plusSeconds(1)));
        feed(new FollowUpStarted(task, "weekly", "Asia/Shanghai", Actor.SYSTEM, T0.plusSeconds(2)));
        feed(new FollowUpRoundOpened(task, 1, T0.plusSeconds(7200), List.of(GXJ), Actor.SYSTEM,
                T0.plusSeconds(3)));
        assertThat(only(new FindLedgerRows(PLAN, 14, null, null)))
                .extracting(LedgerRow::status, LedgerRow::round).containsExactly(LedgerStatus.ACKNOWLEDGED, 1);

        feed(new SupervisionRaised(task, "E3", List.of("陈秀兴"), 3, "3 strikes", new Policy("raised-supervision", 1),
                Actor.SYSTEM, T0.plusSeconds(4)));
        feed(new CompletionRequested(task, GXJ, List.of("验收报告"), "", unit, T0.plusSeconds(5)));
        assertThat(only(new FindLedgerRows(PLAN, 14, null, null)))
                .extracting(LedgerRow::status, LedgerRow::raised).containsExactly(LedgerStatus.CLOSE_OUT_REQUESTED, true);

        feed(new CompletionReturned(task, GXJ, "材料不全", supervisor, T0.plusSeconds(6)));
        assertThat(only(new FindLedgerRows(PLAN, 14, null, null)).status()).isEqualTo(LedgerStatus.ACKNOWLEDGED);

        feed(new TaskClosed(task, "", supervisor, T0.plusSeconds(7)));
        LedgerRow closed = only(new FindLedgerRows(PLAN, 14, null, null));
        assertThat(closed).extracting(LedgerRow::status, LedgerRow::raised, LedgerRow::closedAt)
                .containsExactly(LedgerStatus.CLOSED, false, T0.plusSeconds(7));

        feed(new TaskReopened(task, "复查未完成", supervisor, T0.plusSeconds(8)));
        assertThat(only(new FindLedgerRows(PLAN, 14, null, null)))
                .extracting(LedgerRow::status, LedgerRow::closedAt, LedgerRow::lastAction)
                .containsExactly(LedgerStatus.ACKNOWLEDGED, null, "reopened: 复查未完成");

        feed(new FollowUpStopped(task, "任务调整", supervisor, T0.plusSeconds(9)));
        assertThat(only(new FindLedgerRows(PLAN, 14, null, null)).status()).isEqualTo(LedgerStatus.FOLLOW_UP_STOPPED);
    }

    @Test
    void everyEventIsTheRowsLastAction() {
        TaskId task = TaskId.of(PLAN, 15);
        feed(registered(15, "聚焦制造业十大重点产业。", List.of(GXJ)));
        feed(new NoticeIssued(task, "E1", GXJ, EscalationStep.CRITICISM, EscalationStep.CRITICISM, "",
                T0.plusSeconds(864000), new Policy("escalation-policy", 2), Actor.supervisor("s"), T0.plusSeconds(1)));

        LedgerRow row = only(new FindLedgerRows(PLAN, 15, null, null));
        assertThat(row.lastAction()).isEqualTo("CRITICISM issued to 市工业和信息化局");
        assertThat(row.lastActionAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(row.status()).isEqualTo(LedgerStatus.REGISTERED);
    }

    @Test
    void aResetEmptiesTheLedgerForAReplay() {
        feed(registered(1, "地区生产总值增长6%以上。", List.of(FGW)));
        projection.reset();
        assertThat(queries.handle(FindLedgerRows.all())).isEmpty();
    }

    private final Map<TaskId, Long> sequences = new HashMap<>();

    /** Delivers the next event of its task, with the sequence number the event store gave it. */
    private void feed(TaskEvent event) {
        long sequence = sequences.merge(event.taskId(), 0L, (last, zero) -> last + 1);
        redeliver(event, sequence);
    }

    /** Delivers an event (again) under its sequence number, through Axon's handler resolution, as a processor does. */
    private void redeliver(TaskEvent event, long sequence) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(
                    new GenericDomainEventMessage<>("SupervisedTask", event.taskId().value(), sequence, event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private LedgerRow only(FindLedgerRows query) {
        List<LedgerRow> rows = queries.handle(query);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<Integer> numbers(FindLedgerRows query) {
        return queries.handle(query).stream().map(LedgerRow::taskNumber).toList();
    }

    private static TaskRegistered registered(int number, String text, List<Unit> leadUnits) {
        return new TaskRegistered(TaskId.of(PLAN, number), PLAN, number, "一、主要预期目标", text, List.of("陈秀兴"),
                leadUnits, List.of(), Actor.SYSTEM, T0);
    }
}
