package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor reopens a closed task with a reason. */
public record ReopenTask(
        @TargetAggregateIdentifier TaskId taskId,
        String reason,
        Actor actor,
        Instant at) {
}
