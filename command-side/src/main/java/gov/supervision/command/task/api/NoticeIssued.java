package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A supervisor takes a step against a unit: the proposed one, or another with a reason. A rectification due time
 * comes with a rectification order.
 */
@Revision("1")
public record NoticeIssued(
        TaskId taskId,
        String escalationId,
        Unit unit,
        EscalationStep step,
        EscalationStep proposedStep,
        String reason,
        Instant rectificationDueAt,
        Policy policy,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
