package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor grants more time: the due time moves. */
public record GrantExtension(
        @TargetAggregateIdentifier TaskId taskId,
        String extensionId,
        Instant newDueAt,
        Actor actor,
        Instant at) {
}
