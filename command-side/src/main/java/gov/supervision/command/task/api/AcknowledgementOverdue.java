package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A lead unit did not acknowledge the task by its due time: a strike. */
@Revision("1")
public record AcknowledgementOverdue(
        TaskId taskId,
        Unit unit,
        String dueId,
        Instant dueAt,
        Actor actor,
        Instant occurredAt) implements StrikeEvent {
}
