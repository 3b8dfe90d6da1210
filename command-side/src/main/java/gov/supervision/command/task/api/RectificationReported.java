package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The unit reports what it rectified. */
@Revision("1")
public record RectificationReported(
        TaskId taskId,
        String escalationId,
        Unit unit,
        String text,
        List<String> evidence,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
