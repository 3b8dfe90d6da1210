package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record TaskAcknowledged(TaskId taskId, Unit unit, String responsiblePerson, Actor actor, Instant occurredAt)
        implements TaskEvent {
}
