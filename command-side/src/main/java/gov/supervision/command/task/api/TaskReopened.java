package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor reopens a closed task with a reason; follow-up resumes. */
@Revision("1")
public record TaskReopened(
        TaskId taskId,
        String reason,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
