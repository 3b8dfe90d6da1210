package gov.supervision.query.ledger;

import gov.supervision.command.task.api.Unit;
import gov.supervision.query.ledger.api.FindLedgerRow;
import gov.supervision.query.ledger.api.FindLedgerRows;
import gov.supervision.query.ledger.api.LedgerRow;
import gov.supervision.query.ledger.api.LedgerStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers ledger queries from the ledger table; returns api records, never table rows. */
@Component
public class LedgerQueryHandler {

    private final JdbcClient jdbc;

    LedgerQueryHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<LedgerRow> handle(FindLedgerRows query) {
        return jdbc.sql("""
                SELECT * FROM ledger_row
                WHERE (CAST(:plan AS text) IS NULL OR plan_number = :plan)
                  AND (CAST(:number AS integer) IS NULL OR task_number = :number)
                  AND (CAST(:unit AS text) IS NULL OR :unit = ANY (lead_unit_ids) OR :unit = ANY (lead_unit_names))
                  AND (CAST(:status AS text) IS NULL OR status = :status)
                ORDER BY plan_number, task_number
                """)
                .param("plan", query.planNumber())
                .param("number", query.taskNumber())
                .param("unit", query.leadUnit())
                .param("status", query.status() == null ? null : query.status().name())
                .query((rs, i) -> row(rs))
                .list();
    }

    @QueryHandler
    public Optional<LedgerRow> handle(FindLedgerRow query) {
        return jdbc.sql("SELECT * FROM ledger_row WHERE task_id = :taskId")
                .param("taskId", query.taskId())
                .query((rs, i) -> row(rs))
                .optional();
    }

    private static LedgerRow row(ResultSet rs) throws SQLException {
        String[] ids = strings(rs.getArray("lead_unit_ids"));
        String[] names = strings(rs.getArray("lead_unit_names"));
        List<Unit> leadUnits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            leadUnits.add(new Unit(ids[i], names[i]));
        }
        return new LedgerRow(rs.getString("task_id"), rs.getString("plan_number"), rs.getInt("task_number"),
                rs.getString("section"), rs.getString("short_title"), leadUnits,
                LedgerStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("percent_complete"),
                (Integer) rs.getObject("round"), rs.getInt("strikes"), rs.getBoolean("raised"),
                rs.getString("last_action"), rs.getTimestamp("last_action_at").toInstant(),
                rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
