package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The escalated unit reports what it rectified. */
public record ReportRectification(
        @TargetAggregateIdentifier TaskId taskId,
        String escalationId,
        String text,
        List<String> evidence,
        Actor actor,
        Instant at) {
}
