package gov.supervision.command.task.api;

import java.time.Instant;

/** What every event of a task carries: which task, who did it and when. */
public interface TaskEvent {

    TaskId taskId();

    Actor actor();

    Instant occurredAt();
}
