package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Raises the task's supervision (提级督办) because its strikes reached the policy's threshold. A raised task is not
 * raised again.
 */
public record RaiseSupervision(
        @TargetAggregateIdentifier TaskId taskId,
        String escalationId,
        Policy policy,
        Actor actor,
        Instant at) {
}
