package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor returns a completion request with a reason. */
public record ReturnCompletionRequest(
        @TargetAggregateIdentifier TaskId taskId,
        String reason,
        Actor actor,
        Instant at) {
}
