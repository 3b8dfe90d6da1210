package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The policy proposes a step against a unit from its record on the task. */
@Revision("1")
public record EscalationProposed(
        TaskId taskId,
        String escalationId,
        Unit unit,
        EscalationReason reason,
        Integer round,
        int strikes,
        int taskStrikes,
        int daysLate,
        Assessment assessment,
        EscalationStep proposedStep,
        Policy policy,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
