package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor grants more time: the due time moves; no strike. */
@Revision("1")
public record ExtensionGranted(
        TaskId taskId,
        String extensionId,
        Unit unit,
        String dueId,
        Instant previousDueAt,
        Instant newDueAt,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
