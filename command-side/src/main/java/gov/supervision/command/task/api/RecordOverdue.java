package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records that a due time passed with nothing in: a missed acknowledgement, report or rectification, each a
 * strike. Answers the strikes after it.
 */
public record RecordOverdue(
        @TargetAggregateIdentifier TaskId taskId,
        String dueId,
        Actor actor,
        Instant at) {
}
