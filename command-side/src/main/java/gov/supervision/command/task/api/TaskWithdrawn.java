package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The task is no longer in its plan: nothing more is accepted on it, and its processes end. */
@Revision("1")
public record TaskWithdrawn(TaskId taskId, String reason, Actor actor, Instant occurredAt) implements TaskEvent {
}
