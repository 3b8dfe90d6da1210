package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** 办结申请: a lead unit asks to close the task, with evidence. */
@Revision("1")
public record CompletionRequested(
        TaskId taskId,
        Unit unit,
        List<String> evidence,
        String note,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
