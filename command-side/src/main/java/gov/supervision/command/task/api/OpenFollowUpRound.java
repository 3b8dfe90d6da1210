package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Opens the next follow-up round: every lead unit owes a report by the due time. Answers the round's number. */
public record OpenFollowUpRound(
        @TargetAggregateIdentifier TaskId taskId,
        Instant dueAt,
        Actor actor,
        Instant at) {
}
