package gov.supervision.query.scorecard;

import gov.supervision.command.task.api.*;
import gov.supervision.query.scorecard.api.DueOutcome;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the unit scorecard's facts (see the migration's comments): each event of a task is applied once — the
 * task's row remembers the sequence number of the last event applied — in the transaction its token commits in.
 * Only lead units owe acknowledgements and reports, so only they are scored.
 */
@Component
@ProcessingGroup(ScorecardProjection.PROCESSING_GROUP)
public class ScorecardProjection {

    public static final String PROCESSING_GROUP = "scorecard";
    static final String ACKNOWLEDGEMENT = DueKind.ACKNOWLEDGEMENT.name();
    static final String REPORT = DueKind.REPORT.name();
    private static final Pattern PLAN_YEAR = Pattern.compile("〔(\\d{4})〕");

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ScorecardProjection(JdbcClient jdbc,
                        @Value("${supervision.schedule.defaults.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @EventHandler
    void on(TaskEvent event, @SequenceNumber long sequence) {
        if (event instanceof TaskRegistered registered) {
            jdbc.sql("""
                    INSERT INTO scorecard_task (task_id, plan_number, task_number, last_sequence)
                    VALUES (:taskId, :plan, :number, -1) ON CONFLICT DO NOTHING""")
                    .params(Map.of("taskId", registered.taskId().value(), "plan", registered.planNumber(),
                            "number", registered.taskNumber()))
                    .update();
        }
        int claimed = jdbc.sql("""
                        UPDATE scorecard_task SET last_sequence = :sequence
                        WHERE task_id = :taskId AND last_sequence < :sequence""")
                .params(Map.of("taskId", event.taskId().value(), "sequence", sequence))
                .update();
        if (claimed == 1) {
            apply(event);
        }
    }

    private void apply(TaskEvent event) {
        String taskId = event.taskId().value();
        Timestamp at = Timestamp.from(event.occurredAt());
        if (event instanceof TaskRegistered e) {
            lead(taskId, e.planNumber(), e.leadUnits(), at, closeOutDeadline(e.planNumber(), e.occurredAt()));
        } else if (event instanceof TaskRevised e) {
            Task task = task(taskId, e.occurredAt());
            jdbc.sql("DELETE FROM scorecard_lead WHERE task_id = :taskId AND NOT unit_id = ANY (:units)")
                    .param("taskId", taskId).param("units", e.leadUnits().stream().map(Unit::id).toArray(String[]::new))
                    .update();
            lead(taskId, task.planNumber(), e.leadUnits(), at, task.deadline());
        } else if (event instanceof TaskWithdrawn) {
            jdbc.sql("UPDATE scorecard_lead SET withdrawn_at = :at WHERE task_id = :taskId")
                    .param("at", at).param("taskId", taskId).update();
            cancelPending(taskId, null);
        } else if (event instanceof TaskDispatched e && e.acknowledgementDueAt() != null) {
            e.leadUnits().forEach(unit -> owe(taskId, unit, ACKNOWLEDGEMENT, 0, at, e.acknowledgementDueAt()));
        } else if (event instanceof TaskAcknowledged e) {
            made(taskId, e.unit(), ACKNOWLEDGEMENT, 0, at);
        } else if (event instanceof AcknowledgementOverdue e) {
            missed(taskId, e.unit(), ACKNOWLEDGEMENT, 0);
        } else if (event instanceof FollowUpRoundOpened e) {
            e.leadUnits().forEach(unit -> owe(taskId, unit, REPORT, e.round(), at, e.dueAt()));
        } else if (event instanceof ProgressReported e) {
            made(taskId, e.unit(), REPORT, e.round(), at);
        } else if (event instanceof ReportReturned e) {
            jdbc.sql("""
                    UPDATE scorecard_due SET returned = returned + 1
                    WHERE task_id = :taskId AND unit_id = :unit AND kind = :kind AND round = :round""")
                    .params(Map.of("taskId", taskId, "unit", e.unit().id(), "kind", REPORT, "round", e.round()))
                    .update();
        } else if (event instanceof ReportOverdue e) {
            missed(taskId, e.unit(), REPORT, e.round());
        } else if (event instanceof ExtensionGranted e) {
            extend(taskId, e.unit(), e.dueId(), e.newDueAt());
        } else if (event instanceof NoticeIssued e) {
            jdbc.sql("""
                    INSERT INTO scorecard_notice (task_id, escalation_id, plan_number, task_number, unit_id, unit_name,
                                                  step, reason, issued_at, rectification_due_at)
                    SELECT task_id, :escalation, plan_number, task_number, :unit, :unitName, :step, :reason, :at, :due
                    FROM scorecard_task WHERE task_id = :taskId
                    ON CONFLICT DO NOTHING""")
                    .param("taskId", taskId).param("escalation", e.escalationId()).param("unit", e.unit().id())
                    .param("unitName", e.unit().name()).param("step", e.step().name()).param("reason", e.reason())
                    .param("at", at)
                    .param("due", e.rectificationDueAt() == null ? null : Timestamp.from(e.rectificationDueAt()))
                    .update();
        } else if (event instanceof TaskClosed) {
            jdbc.sql("UPDATE scorecard_lead SET closed_at = :at WHERE task_id = :taskId")
                    .param("at", at).param("taskId", taskId).update();
            cancelPending(taskId, null);
        } else if (event instanceof TaskReopened) {
            jdbc.sql("UPDATE scorecard_lead SET closed_at = NULL WHERE task_id = :taskId")
                    .param("taskId", taskId).update();
        } else if (event instanceof FollowUpStopped) {
            cancelPending(taskId, REPORT);
        }
    }

    /** A replay starts from empty tables. */
    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE scorecard_task, scorecard_lead, scorecard_due, scorecard_notice").update();
    }

    private void lead(String taskId, String plan, List<Unit> units, Timestamp at, Instant deadline) {
        units.forEach(unit -> jdbc.sql("""
                        INSERT INTO scorecard_lead (task_id, unit_id, unit_name, plan_number, registered_at,
                                                    close_out_deadline)
                        VALUES (:taskId, :unit, :name, :plan, :at, :deadline)
                        ON CONFLICT (task_id, unit_id) DO UPDATE SET unit_name = EXCLUDED.unit_name""")
                .param("taskId", taskId).param("unit", unit.id()).param("name", unit.name()).param("plan", plan)
                .param("at", at).param("deadline", Timestamp.from(deadline))
                .update());
    }

    private void owe(String taskId, Unit unit, String kind, int round, Timestamp assignedAt, Instant dueAt) {
        jdbc.sql("""
                        INSERT INTO scorecard_due (task_id, unit_id, kind, round, plan_number, task_number, unit_name,
                                                   assigned_at, due_at, outcome)
                        SELECT task_id, :unit, :kind, :round, plan_number, task_number, :name, :assignedAt, :dueAt,
                               :pending
                        FROM scorecard_task WHERE task_id = :taskId
                        ON CONFLICT DO NOTHING""")
                .param("taskId", taskId).param("unit", unit.id()).param("kind", kind).param("round", round)
                .param("name", unit.name()).param("assignedAt", assignedAt).param("dueAt", Timestamp.from(dueAt))
                .param("pending", DueOutcome.PENDING.name())
                .update();
    }

    /** Made: on time if by its due time; a made-good lapse is late. Only the first submission decides. */
    private void made(String taskId, Unit unit, String kind, int round, Timestamp at) {
        jdbc.sql("""
                        UPDATE scorecard_due SET
                            submissions = submissions + 1,
                            outcome = CASE WHEN submitted_at IS NOT NULL THEN outcome
                                           WHEN outcome = 'PENDING' AND :at <= due_at THEN 'ON_TIME'
                                           ELSE 'LATE' END,
                            submitted_at = COALESCE(submitted_at, :at)
                        WHERE task_id = :taskId AND unit_id = :unit AND kind = :kind AND round = :round""")
                .param("taskId", taskId).param("unit", unit.id()).param("kind", kind).param("round", round)
                .param("at", at)
                .update();
    }

    private void missed(String taskId, Unit unit, String kind, int round) {
        jdbc.sql("""
                        UPDATE scorecard_due SET outcome = 'MISSED'
                        WHERE task_id = :taskId AND unit_id = :unit AND kind = :kind AND round = :round
                          AND outcome = 'PENDING'""")
                .param("taskId", taskId).param("unit", unit.id()).param("kind", kind).param("round", round)
                .update();
    }

    private void extend(String taskId, Unit unit, String dueId, Instant newDueAt) {
        DueKind kind = DueIds.kindOf(dueId);
        if (kind == DueKind.RECTIFICATION) {
            return;
        }
        int round = kind == DueKind.REPORT ? Integer.parseInt(dueId.split("/")[1]) : 0;
        jdbc.sql("""
                        UPDATE scorecard_due SET due_at = :dueAt
                        WHERE task_id = :taskId AND unit_id = :unit AND kind = :kind AND round = :round
                          AND outcome = 'PENDING'""")
                .param("taskId", taskId).param("unit", unit.id()).param("kind", kind.name()).param("round", round)
                .param("dueAt", Timestamp.from(newDueAt))
                .update();
    }

    private void cancelPending(String taskId, String kind) {
        jdbc.sql("""
                        UPDATE scorecard_due SET outcome = 'CANCELLED'
                        WHERE task_id = :taskId AND outcome = 'PENDING'
                          AND (CAST(:kind AS text) IS NULL OR kind = :kind)""")
                .param("taskId", taskId).param("kind", kind)
                .update();
    }

    private record Task(String planNumber, Instant deadline) {
    }

    private Task task(String taskId, Instant at) {
        return jdbc.sql("""
                        SELECT t.plan_number, min(l.close_out_deadline) AS deadline
                        FROM scorecard_task t LEFT JOIN scorecard_lead l ON l.task_id = t.task_id
                        WHERE t.task_id = :taskId GROUP BY t.plan_number""")
                .param("taskId", taskId)
                .query((rs, i) -> new Task(rs.getString(1), rs.getTimestamp(2) == null
                        ? closeOutDeadline(rs.getString(1), at) : rs.getTimestamp(2).toInstant()))
                .single();
    }

    /**
     * A plan's tasks are the year's: they should be closed out by the end of the year its number names
     * (〔2021〕 → 1 January 2022, 00:00 in the plan's time zone), or of the year it was registered in.
     */
    Instant closeOutDeadline(String planNumber, Instant registeredAt) {
        Matcher year = PLAN_YEAR.matcher(planNumber);
        int y = year.find() ? Integer.parseInt(year.group(1)) : registeredAt.atZone(zone).getYear();
        return LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant();
    }
}
