package gov.supervision.query.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.supervision.command.task.api.Unit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The ledger table: one row per task, its entry kept whole as JSON beside the columns the ledger is filtered by.
 * Written only by {@link LedgerProjection}; the query handlers read it.
 */
@Component
class LedgerTable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JdbcClient jdbc;

    LedgerTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task's entry, locked for update until the transaction ends. */
    Optional<LedgerEntry> findForUpdate(String taskId) {
        return jdbc.sql("SELECT state FROM ledger_row WHERE task_id = :taskId FOR UPDATE")
                .param("taskId", taskId)
                .query((rs, i) -> read(rs.getString(1)))
                .optional();
    }

    void save(LedgerEntry entry) {
        jdbc.sql("""
                INSERT INTO ledger_row (task_id, plan_number, task_number, section, lead_unit_ids, lead_unit_names,
                                        lead_leaders, cooperating_unit_ids, cooperating_unit_names, status,
                                        last_sequence, state)
                VALUES (:taskId, :plan, :number, :section, :leadIds, :leadNames, :leaders, :coopIds, :coopNames,
                        :status, :sequence, CAST(:state AS jsonb))
                ON CONFLICT (task_id) DO UPDATE SET
                    plan_number = EXCLUDED.plan_number, task_number = EXCLUDED.task_number,
                    section = EXCLUDED.section, lead_unit_ids = EXCLUDED.lead_unit_ids,
                    lead_unit_names = EXCLUDED.lead_unit_names, lead_leaders = EXCLUDED.lead_leaders,
                    cooperating_unit_ids = EXCLUDED.cooperating_unit_ids,
                    cooperating_unit_names = EXCLUDED.cooperating_unit_names, status = EXCLUDED.status,
                    last_sequence = EXCLUDED.last_sequence, state = EXCLUDED.state
                """)
                .param("taskId", entry.taskId)
                .param("plan", entry.planNumber)
                .param("number", entry.taskNumber)
                .param("section", entry.section)
                .param("leadIds", ids(entry.leadUnits))
                .param("leadNames", names(entry.leadUnits))
                .param("leaders", entry.leadLeaders.toArray(String[]::new))
                .param("coopIds", ids(entry.cooperatingUnits))
                .param("coopNames", names(entry.cooperatingUnits))
                .param("status", entry.status.name())
                .param("sequence", entry.lastSequence)
                .param("state", write(entry))
                .update();
    }

    void truncate() {
        jdbc.sql("TRUNCATE ledger_row").update();
    }

    static LedgerEntry read(String json) {
        try {
            return JSON.readValue(json, LedgerEntry.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(LedgerEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] ids(List<Unit> units) {
        return units.stream().map(Unit::id).toArray(String[]::new);
    }

    private static String[] names(List<Unit> units) {
        return units.stream().map(Unit::name).toArray(String[]::new);
    }
}
