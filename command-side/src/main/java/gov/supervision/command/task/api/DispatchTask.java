package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Sends a task to its lead units (交办), each to acknowledge by the due time. Answers the ids of the lead units it
 * was sent to.
 */
public record DispatchTask(
        @TargetAggregateIdentifier TaskId taskId,
        Instant acknowledgementDueAt,
        Actor actor,
        Instant at) {
}
