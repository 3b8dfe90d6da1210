package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The unit did not report its rectification by the due time: a strike. */
@Revision("1")
public record RectificationMissed(
        TaskId taskId,
        String escalationId,
        Unit unit,
        String dueId,
        Instant dueAt,
        Actor actor,
        Instant occurredAt) implements StrikeEvent {
}
