package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor returns a completion request with a reason; follow-up goes on. */
@Revision("1")
public record CompletionReturned(
        TaskId taskId,
        Unit unit,
        String reason,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
