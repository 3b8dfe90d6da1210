package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Starts the weekly follow-up of a dispatched task. */
public record StartFollowUp(
        @TargetAggregateIdentifier TaskId taskId,
        String schedule,
        String timeZone,
        Actor actor,
        Instant at) {
}
