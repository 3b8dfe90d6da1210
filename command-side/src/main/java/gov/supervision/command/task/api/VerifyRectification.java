package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor verifies a reported rectification. */
public record VerifyRectification(
        @TargetAggregateIdentifier TaskId taskId,
        String escalationId,
        Actor actor,
        Instant at) {
}
