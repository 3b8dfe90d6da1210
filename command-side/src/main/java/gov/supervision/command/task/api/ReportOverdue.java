package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A lead unit's report for a round was not in by its due time: a strike. */
@Revision("1")
public record ReportOverdue(
        TaskId taskId,
        Unit unit,
        int round,
        String dueId,
        Instant dueAt,
        Actor actor,
        Instant occurredAt) implements StrikeEvent {
}
