package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The weekly follow-up (调度) of the task begins; the schedule says when rounds open and reports are due. */
@Revision("1")
public record FollowUpStarted(
        TaskId taskId,
        String schedule,
        String timeZone,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
