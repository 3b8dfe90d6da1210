package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A supervisor confirms the proposed step or takes another with a reason; a rectification due time orders a
 * rectification.
 */
public record IssueNotice(
        @TargetAggregateIdentifier TaskId taskId,
        String escalationId,
        EscalationStep step,
        String reason,
        Instant rectificationDueAt,
        Actor actor,
        Instant at) {
}
