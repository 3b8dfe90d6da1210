package gov.supervision.query.ledger;

import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.Unit;
import gov.supervision.query.ledger.api.LedgerStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Keeps the ledger table. Every update is an idempotent upsert, so replaying the event log rebuilds the same rows;
 * the processor's token commits in the same transaction as the row it wrote.
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "ledger";

    private final JdbcClient jdbc;

    LedgerProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskRegistered event) {
        jdbc.sql("""
                INSERT INTO ledger_row (task_id, plan_number, task_number, section, short_title, lead_unit_ids,
                                        lead_unit_names, status, last_action, last_action_at)
                VALUES (:taskId, :plan, :number, :section, :title, :leadIds, :leadNames, :status, 'registered', :at)
                ON CONFLICT (task_id) DO UPDATE SET
                    plan_number = EXCLUDED.plan_number, task_number = EXCLUDED.task_number,
                    section = EXCLUDED.section, short_title = EXCLUDED.short_title,
                    lead_unit_ids = EXCLUDED.lead_unit_ids, lead_unit_names = EXCLUDED.lead_unit_names
                """)
                .param("taskId", event.taskId().value())
                .param("plan", event.planNumber())
                .param("number", event.taskNumber())
                .param("section", event.section())
                .param("title", ShortTitle.of(event.text()))
                .param("leadIds", event.leadUnits().stream().map(Unit::id).toArray(String[]::new))
                .param("leadNames", event.leadUnits().stream().map(Unit::name).toArray(String[]::new))
                .param("status", LedgerStatus.REGISTERED.name())
                .param("at", Timestamp.from(event.occurredAt()))
                .update();
    }

    @EventHandler
    void on(TaskDispatched event) {
        jdbc.sql("""
                UPDATE ledger_row SET status = :status, last_action = 'dispatched', last_action_at = :at
                WHERE task_id = :taskId
                """)
                .param("status", LedgerStatus.DISPATCHED.name())
                .param("at", Timestamp.from(event.occurredAt()))
                .param("taskId", event.taskId().value())
                .update();
    }

    @EventHandler
    void on(TaskAcknowledged event) {
        // The task counts as acknowledged once every lead unit has; a report already in keeps REPORTED.
        jdbc.sql("""
                UPDATE ledger_row SET
                    acknowledged_unit_ids = acknowledged_unit_ids || CAST(:unitId AS text),
                    status = CASE
                        WHEN status = :reported THEN status
                        WHEN lead_unit_ids <@ (acknowledged_unit_ids || CAST(:unitId AS text)) THEN :acknowledged
                        ELSE status END,
                    last_action = :action, last_action_at = :at
                WHERE task_id = :taskId AND NOT (CAST(:unitId AS text) = ANY (acknowledged_unit_ids))
                """)
                .param("unitId", event.unit().id())
                .param("reported", LedgerStatus.REPORTED.name())
                .param("acknowledged", LedgerStatus.ACKNOWLEDGED.name())
                .param("action", "acknowledged by " + event.unit().name())
                .param("at", Timestamp.from(event.occurredAt()))
                .param("taskId", event.taskId().value())
                .update();
    }

    @EventHandler
    void on(ProgressReported event) {
        jdbc.sql("""
                UPDATE ledger_row SET status = :status, percent_complete = :percent,
                    last_action = :action, last_action_at = :at
                WHERE task_id = :taskId
                """)
                .param("status", LedgerStatus.REPORTED.name())
                .param("percent", event.percentComplete())
                .param("action", "progress reported by %s (%d%%)".formatted(event.unit().name(),
                        event.percentComplete()))
                .param("at", Timestamp.from(event.occurredAt()))
                .param("taskId", event.taskId().value())
                .update();
    }

    /** A replay starts from an empty ledger. */
    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE ledger_row").update();
    }
}
