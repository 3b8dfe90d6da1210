package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor returns a report with a reason; the unit resubmits by the due time. */
public record ReturnReport(
        @TargetAggregateIdentifier TaskId taskId,
        String reportId,
        String reason,
        Instant resubmitDueAt,
        Actor actor,
        Instant at) {
}
