package gov.supervision.query.ledger;

import gov.supervision.command.task.api.Actor;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds events to the ledger projection on PostgreSQL, then asks the query handler. */
@JdbcTest
@AutoConfigureEmbeddedDatabase
@Import({LedgerProjection.class, LedgerQueryHandler.class})
class LedgerProjectionTest {

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
        projection.on(registered(37, "打造高质量“双招双引”平台,持续办好江北水城“双招双引”大会,力促爱普华顿数字工厂、中科东方装备产业基地等项目落地达产。支持各县。",
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
        projection.on(registered(33, "推进新基建三年行动。", List.of(FGW, GXJ)));
        projection.on(new TaskDispatched(task, List.of(FGW, GXJ), Actor.supervisor("supervisor"), T0.plusSeconds(1)));
        projection.on(new TaskAcknowledged(task, FGW, "张三", Actor.unit("fgw", "fgw"), T0.plusSeconds(2)));

        LedgerRow partly = only(new FindLedgerRows(PLAN, 33, null, null));
        assertThat(partly.status()).isEqualTo(LedgerStatus.DISPATCHED);
        assertThat(partly.lastAction()).isEqualTo("acknowledged by 市发展改革委");

        projection.on(new TaskAcknowledged(task, GXJ, "李四", Actor.unit("gxj", "gxj"), T0.plusSeconds(3)));
        assertThat(only(new FindLedgerRows(PLAN, 33, null, null)).status()).isEqualTo(LedgerStatus.ACKNOWLEDGED);
    }

    @Test
    void aReportShowsItsPercentAndHandlingAnEventTwiceChangesNothing() {
        TaskId task = TaskId.of(PLAN, 9);
        projection.on(registered(9, "大力实施制造业强市战略, 制造业增加值增长6%以上。", List.of(GXJ)));
        projection.on(new TaskDispatched(task, List.of(GXJ), Actor.supervisor("supervisor"), T0.plusSeconds(1)));
        TaskAcknowledged acknowledged = new TaskAcknowledged(task, GXJ, "李四", Actor.unit("gxj", "gxj"), T0.plusSeconds(2));
        projection.on(acknowledged);
        projection.on(new ProgressReported(task, GXJ, "已完成", 30, "", "", Actor.unit("gxj", "gxj"), T0.plusSeconds(3)));
        projection.on(acknowledged);

        LedgerRow row = only(new FindLedgerRows(PLAN, 9, null, null));
        assertThat(row.status()).isEqualTo(LedgerStatus.REPORTED);
        assertThat(row.percentComplete()).isEqualTo(30);
        assertThat(row.lastAction()).isEqualTo("progress reported by 市工业和信息化局 (30%)");
        assertThat(row.lastActionAt()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void filtersByLeadUnitIdOrNameAndByStatus() {
        projection.on(registered(1, "地区生产总值增长6%以上。", List.of(FGW)));
        projection.on(registered(4, "规模以上工业增加值增幅不低于全省平均水平。", List.of(GXJ)));
        projection.on(registered(33, "推进新基建三年行动。", List.of(FGW, GXJ)));
        projection.on(new TaskDispatched(TaskId.of(PLAN, 33), List.of(FGW, GXJ), Actor.supervisor("s"), T0));

        assertThat(numbers(new FindLedgerRows(PLAN, null, "gxj", null))).containsExactly(4, 33);
        assertThat(numbers(new FindLedgerRows(PLAN, null, "市发展改革委", null))).containsExactly(1, 33);
        assertThat(numbers(new FindLedgerRows(null, null, "gxj", LedgerStatus.DISPATCHED))).containsExactly(33);
        assertThat(numbers(FindLedgerRows.ofPlan("聊政发〔2021〕2号"))).isEmpty();
    }

    @Test
    void aResetEmptiesTheLedgerForAReplay() {
        projection.on(registered(1, "地区生产总值增长6%以上。", List.of(FGW)));
        projection.reset();
        assertThat(queries.handle(FindLedgerRows.all())).isEmpty();
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
