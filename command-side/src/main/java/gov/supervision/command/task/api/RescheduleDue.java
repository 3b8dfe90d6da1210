package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The process step waiting on a due asks when it is due now, after a granted extension moved it: answers the due
 * time the task's record holds. Records nothing (the grant was recorded); refused when nothing is due under the id.
 */
public record RescheduleDue(
        @TargetAggregateIdentifier TaskId taskId,
        String dueId,
        Actor actor,
        Instant at) {
}
