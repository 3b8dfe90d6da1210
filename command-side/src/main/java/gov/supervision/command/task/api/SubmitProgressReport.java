package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * A lead unit reports progress for a follow-up round (进展报告), citing evidence and cooperating units' contributions.
 * Answers the report's id.
 */
public record SubmitProgressReport(
        @TargetAggregateIdentifier TaskId taskId,
        int round,
        String text,
        int percentComplete,
        String problems,
        String nextSteps,
        List<String> evidence,
        List<String> citedContributions,
        Actor actor,
        Instant at) {
}
