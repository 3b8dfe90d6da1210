package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Stops the follow-up of a task, with a reason. */
public record StopFollowUp(
        @TargetAggregateIdentifier TaskId taskId,
        String reason,
        Actor actor,
        Instant at) {
}
