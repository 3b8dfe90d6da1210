package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor accepts a report and assesses the progress. Answers the unit's strikes after it. */
public record AcceptReport(
        @TargetAggregateIdentifier TaskId taskId,
        String reportId,
        Assessment assessment,
        Actor actor,
        Instant at) {
}
