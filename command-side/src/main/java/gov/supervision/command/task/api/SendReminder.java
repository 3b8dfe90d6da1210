package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Reminds a unit of what it owes by a due time (催办). A due already met is not reminded of. */
public record SendReminder(
        @TargetAggregateIdentifier TaskId taskId,
        String dueId,
        Actor actor,
        Instant at) {
}
