package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The follow-up of the task stops: no more rounds until it is started again. */
@Revision("1")
public record FollowUpStopped(
        TaskId taskId,
        String reason,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
