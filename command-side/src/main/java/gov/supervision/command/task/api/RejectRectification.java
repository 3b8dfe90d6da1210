package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor finds a reported rectification not done, with a reason: a strike. Answers the strikes after it. */
public record RejectRectification(
        @TargetAggregateIdentifier TaskId taskId,
        String escalationId,
        String reason,
        Actor actor,
        Instant at) {
}
