package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A lead unit asks for more time before a due time. Answers the extension's id. */
public record RequestExtension(
        @TargetAggregateIdentifier TaskId taskId,
        String dueId,
        Instant requestedDueAt,
        String reason,
        Actor actor,
        Instant at) {
}
