package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor refuses more time, with a reason. */
public record RefuseExtension(
        @TargetAggregateIdentifier TaskId taskId,
        String extensionId,
        String reason,
        Actor actor,
        Instant at) {
}
