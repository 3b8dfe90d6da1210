package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * 进展报告: a lead unit's progress report for a follow-up round. Revision 2 added the report id, the round, the
 * evidence references and the cited contributions; revision 1 events are upcast into round 0.
 */
@Revision("2")
public record ProgressReported(
        TaskId taskId,
        String reportId,
        Unit unit,
        int round,
        String text,
        int percentComplete,
        String problems,
        String nextSteps,
        List<String> evidence,
        List<String> citedContributions,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
