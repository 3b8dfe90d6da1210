package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A lead unit reports progress on a task it has acknowledged (进展报告). */
public record SubmitProgressReport(
        @TargetAggregateIdentifier TaskId taskId,
        String text,
        int percentComplete,
        String problems,
        String nextSteps,
        Actor actor,
        Instant at) {
}
