package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A lead unit asks, before a due time, for more time. */
@Revision("1")
public record ExtensionRequested(
        TaskId taskId,
        String extensionId,
        Unit unit,
        String dueId,
        Instant dueAt,
        Instant requestedDueAt,
        String reason,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
