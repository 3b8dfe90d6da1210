package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor found the rectification not done: an unmet rectification, a strike. */
@Revision("1")
public record RectificationRejected(
        TaskId taskId,
        String escalationId,
        Unit unit,
        String reason,
        Actor actor,
        Instant occurredAt) implements StrikeEvent {
}
