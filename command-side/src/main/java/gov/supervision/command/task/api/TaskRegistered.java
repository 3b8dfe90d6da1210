package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record TaskRegistered(
        TaskId taskId,
        String planNumber,
        int taskNumber,
        String section,
        String text,
        List<String> leadLeaders,
        List<Unit> leadUnits,
        List<Unit> cooperatingUnits,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
