package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record ProgressReported(
        TaskId taskId,
        Unit unit,
        String text,
        int percentComplete,
        String problems,
        String nextSteps,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
