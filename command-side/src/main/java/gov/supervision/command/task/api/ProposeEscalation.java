package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records the step the policy proposes against a unit, from the record it was given (which must be the task's
 * own). Answers the escalation's id.
 */
public record ProposeEscalation(
        @TargetAggregateIdentifier TaskId taskId,
        String unitId,
        EscalationReason reason,
        Integer round,
        int strikes,
        int daysLate,
        Assessment assessment,
        EscalationStep proposedStep,
        Policy policy,
        Actor actor,
        Instant at) {
}
