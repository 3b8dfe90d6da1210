package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor refuses more time; the due time stays. */
@Revision("1")
public record ExtensionRefused(
        TaskId taskId,
        String extensionId,
        Unit unit,
        String dueId,
        String reason,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
