package gov.supervision.query.ledger;

import gov.supervision.command.task.api.CompletionRequested;
import gov.supervision.command.task.api.CompletionReturned;
import gov.supervision.command.task.api.FollowUpRoundOpened;
import gov.supervision.command.task.api.FollowUpStarted;
import gov.supervision.command.task.api.FollowUpStopped;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.StrikeEvent;
import gov.supervision.command.task.api.SupervisionRaised;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskClosed;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskEvent;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.TaskReopened;
import gov.supervision.command.task.api.TaskRevised;
import gov.supervision.command.task.api.TaskWithdrawn;
import gov.supervision.command.task.api.Unit;
import gov.supervision.query.ledger.api.LedgerStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the ledger table. Each event updates its task's row and its last action, once: the row remembers the
 * sequence number of the last event it applied. The processor's token commits in the same transaction as the row it
 * wrote, and a replay from an empty table rebuilds the same rows.
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "ledger";

    /** The status a task in follow-up has: reporting once a report came in, else acknowledged. */
    private static final String FOLLOW_UP_STATUS =
            "CASE WHEN percent_complete IS NULL THEN 'ACKNOWLEDGED' ELSE 'REPORTED' END";

    private final JdbcClient jdbc;

    LedgerProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskRegistered event, @SequenceNumber long sequence) {
        jdbc.sql("""
                INSERT INTO ledger_row (task_id, plan_number, task_number, section, short_title, lead_unit_ids,
                                        lead_unit_names, status, last_action, last_action_at, last_sequence)
                VALUES (:taskId, :plan, :number, :section, :title, :leadIds, :leadNames, :status, :action, :at,
                        :sequence)
                ON CONFLICT (task_id) DO NOTHING
                """)
                .param("taskId", event.taskId().value())
                .param("plan", event.planNumber())
                .param("number", event.taskNumber())
                .param("section", event.section())
                .param("title", ShortTitle.of(event.text()))
                .param("leadIds", event.leadUnits().stream().map(Unit::id).toArray(String[]::new))
                .param("leadNames", event.leadUnits().stream().map(Unit::name).toArray(String[]::new))
                .param("status", LedgerStatus.REGISTERED.name())
                .param("action", LedgerActions.describe(event))
                .param("at", Timestamp.from(event.occurredAt()))
                .param("sequence", sequence)
                .update();
    }

    @EventHandler
    void on(TaskDispatched event, @SequenceNumber long sequence) {
        update(event, sequence, "status = 'DISPATCHED'", Map.of());
    }

    @EventHandler
    void on(TaskAcknowledged event, @SequenceNumber long sequence) {
        // counts as acknowledged once every lead unit has; a task further on keeps its status
        update(event, sequence, """
                acknowledged_unit_ids = acknowledged_unit_ids || CAST(:unitId AS text),
                status = CASE
                    WHEN status <> 'DISPATCHED' THEN status
                    WHEN lead_unit_ids <@ (acknowledged_unit_ids || CAST(:unitId AS text)) THEN 'ACKNOWLEDGED'
                    ELSE status END""", Map.of("unitId", event.unit().id()));
    }

    @EventHandler
    void on(StrikeEvent event, @SequenceNumber long sequence) {
        update(event, sequence, "strikes = strikes + :strike", Map.of("strike", event.countsAsStrike() ? 1 : 0));
    }

    @EventHandler
    void on(FollowUpStarted event, @SequenceNumber long sequence) {
        update(event, sequence, "status = " + FOLLOW_UP_STATUS, Map.of());
    }

    @EventHandler
    void on(FollowUpStopped event, @SequenceNumber long sequence) {
        update(event, sequence, "status = 'FOLLOW_UP_STOPPED'", Map.of());
    }

    @EventHandler
    void on(FollowUpRoundOpened event, @SequenceNumber long sequence) {
        update(event, sequence, "round = :round", Map.of("round", event.round()));
    }

    @EventHandler
    void on(ProgressReported event, @SequenceNumber long sequence) {
        update(event, sequence, """
                status = CASE WHEN status IN ('CLOSE_OUT_REQUESTED', 'CLOSED') THEN status ELSE 'REPORTED' END,
                percent_complete = :percent""", Map.of("percent", event.percentComplete()));
    }

    @EventHandler
    void on(SupervisionRaised event, @SequenceNumber long sequence) {
        update(event, sequence, "raised = true", Map.of());
    }

    @EventHandler
    void on(CompletionRequested event, @SequenceNumber long sequence) {
        update(event, sequence, "status = 'CLOSE_OUT_REQUESTED'", Map.of());
    }

    @EventHandler
    void on(CompletionReturned event, @SequenceNumber long sequence) {
        update(event, sequence, "status = " + FOLLOW_UP_STATUS, Map.of());
    }

    @EventHandler
    void on(TaskClosed event, @SequenceNumber long sequence) {
        update(event, sequence, "status = 'CLOSED', raised = false, closed_at = :at", Map.of());
    }

    @EventHandler
    void on(TaskReopened event, @SequenceNumber long sequence) {
        update(event, sequence, "status = " + FOLLOW_UP_STATUS + ", closed_at = NULL", Map.of());
    }

    @EventHandler
    void on(TaskRevised event, @SequenceNumber long sequence) {
        update(event, sequence, """
                section = :section, short_title = :title, lead_unit_ids = :leadIds, lead_unit_names = :leadNames""",
                Map.of("section", event.section() == null ? "" : event.section(), "title", ShortTitle.of(event.text()),
                        "leadIds", event.leadUnits().stream().map(Unit::id).toArray(String[]::new),
                        "leadNames", event.leadUnits().stream().map(Unit::name).toArray(String[]::new)));
    }

    @EventHandler
    void on(TaskWithdrawn event, @SequenceNumber long sequence) {
        update(event, sequence, "status = 'WITHDRAWN', raised = false", Map.of());
    }

    /** Every other event of a task is its last action. */
    @EventHandler
    void on(TaskEvent event, @SequenceNumber long sequence) {
        update(event, sequence, null, Map.of());
    }

    /** A replay starts from an empty ledger. */
    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE ledger_row").update();
    }

    /** Applies the event to its task's row once: a row that applied it (or a later one) is left as it is. */
    private void update(TaskEvent event, long sequence, String set, Map<String, Object> parameters) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        all.put("taskId", event.taskId().value());
        all.put("sequence", sequence);
        all.put("action", LedgerActions.describe(event));
        all.put("at", Timestamp.from(event.occurredAt()));
        jdbc.sql("UPDATE ledger_row SET " + (set == null ? "" : set + ", ")
                        + "last_action = :action, last_action_at = :at, last_sequence = :sequence"
                        + " WHERE task_id = :taskId AND last_sequence < :sequence")
                .params(all)
                .update();
    }
}
