package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 销号: a supervisor verified the work and closed the task. No more rounds; a raised task is no longer raised. */
@Revision("1")
public record TaskClosed(
        TaskId taskId,
        String note,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
