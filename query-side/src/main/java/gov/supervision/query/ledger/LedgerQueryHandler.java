package gov.supervision.query.ledger;

import gov.supervision.query.ledger.api.FindLeaderView;
import gov.supervision.query.ledger.api.FindLedger;
import gov.supervision.query.ledger.api.FindLedgerRow;
import gov.supervision.query.ledger.api.FindLedgerRows;
import gov.supervision.query.ledger.api.LeaderView;
import gov.supervision.query.ledger.api.LedgerPage;
import gov.supervision.query.ledger.api.LedgerRow;
import gov.supervision.query.ledger.api.LedgerSort;
import gov.supervision.query.ledger.api.Light;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Answers ledger queries from the ledger table; returns api records, never table rows. Filters on what the table
 * holds run in SQL; the light depends on the time the ledger is read at, so filtering and sorting by it happen here,
 * after the rows are read (a plan has hundreds of tasks, not millions).
 */
@Component
public class LedgerQueryHandler {

    private static final Comparator<LedgerRow> PLAN_ORDER = Comparator.comparing(LedgerRow::planNumber)
            .thenComparingInt(LedgerRow::taskNumber);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    LedgerQueryHandler(JdbcClient jdbc, Clock clock,
                       @Value("${supervision.schedule.defaults.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @QueryHandler
    public List<LedgerRow> handle(FindLedgerRows query) {
        return select(query.planNumber(), query.taskNumber(), null, null, query.leadUnit(), null,
                query.status() == null ? null : query.status().name()).toList();
    }

    @QueryHandler
    public LedgerPage handle(FindLedger query) {
        Stream<LedgerRow> rows = select(query.planNumber(), query.taskNumber(), query.section(), query.unit(),
                query.leadUnit(), query.leader(), query.status() == null ? null : query.status().name());
        if (query.light() != null) {
            rows = rows.filter(row -> row.light() == query.light());
        }
        if (query.overdue() != null) {
            rows = rows.filter(row -> (row.daysOverdue() > 0) == query.overdue());
        }
        Comparator<LedgerRow> order = query.sort().stream().map(LedgerSort::comparator)
                .reduce(Comparator::thenComparing).map(c -> c.thenComparing(PLAN_ORDER)).orElse(PLAN_ORDER);
        List<LedgerRow> all = rows.sorted(order).toList();
        if (query.size() == null) {
            return new LedgerPage(all, all.size(), 0, null);
        }
        // in long arithmetic: a page far beyond the rows is empty, never an overflowed offset
        int from = (int) Math.min(all.size(), (long) query.page() * query.size());
        return new LedgerPage(all.subList(from, Math.min(all.size(), from + query.size())), all.size(), query.page(),
                query.size());
    }

    @QueryHandler
    public Optional<LedgerRow> handle(FindLedgerRow query) {
        return jdbc.sql("SELECT state FROM ledger_row WHERE task_id = :taskId")
                .param("taskId", query.taskId())
                .query((rs, i) -> LedgerRows.of(LedgerTable.read(rs.getString(1)), clock.instant(), zone))
                .optional();
    }

    @QueryHandler
    public LeaderView handle(FindLeaderView query) {
        List<LedgerRow> rows = select(query.planNumber(), null, null, null, null, query.leader(), null).toList();
        Map<Light, Integer> lights = new EnumMap<>(Light.class);
        for (Light light : Light.values()) {
            lights.put(light, (int) rows.stream().filter(row -> row.light() == light).count());
        }
        return new LeaderView(query.leader(), rows.size(), lights, rows);
    }

    private Stream<LedgerRow> select(String plan, Integer number, String section, String unit, String leadUnit,
                                     String leader, String status) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT state FROM ledger_row
                        WHERE (CAST(:plan AS text) IS NULL OR plan_number = :plan)
                          AND (CAST(:number AS integer) IS NULL OR task_number = :number)
                          AND (CAST(:section AS text) IS NULL OR section = :section)
                          AND (CAST(:unit AS text) IS NULL OR :unit = ANY (lead_unit_ids)
                               OR :unit = ANY (lead_unit_names) OR :unit = ANY (cooperating_unit_ids)
                               OR :unit = ANY (cooperating_unit_names))
                          AND (CAST(:leadUnit AS text) IS NULL OR :leadUnit = ANY (lead_unit_ids)
                               OR :leadUnit = ANY (lead_unit_names))
                          AND (CAST(:leader AS text) IS NULL OR :leader = ANY (lead_leaders))
                          AND (CAST(:status AS text) IS NULL OR status = :status)
                        ORDER BY plan_number, task_number
                        """)
                .param("plan", plan)
                .param("number", number)
                .param("section", section)
                .param("unit", unit)
                .param("leadUnit", leadUnit)
                .param("leader", leader)
                .param("status", status)
                .query((rs, i) -> LedgerRows.of(LedgerTable.read(rs.getString(1)), now, zone))
                .list().stream();
    }
}
