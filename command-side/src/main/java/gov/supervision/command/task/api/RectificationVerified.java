package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor verified the rectification. */
@Revision("1")
public record RectificationVerified(
        TaskId taskId,
        String escalationId,
        Unit unit,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
