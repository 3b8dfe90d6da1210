package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor sends a report back with a reason; the unit resubmits by the new due time. */
@Revision("1")
public record ReportReturned(
        TaskId taskId,
        String reportId,
        Unit unit,
        int round,
        String reason,
        Instant resubmitDueAt,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
