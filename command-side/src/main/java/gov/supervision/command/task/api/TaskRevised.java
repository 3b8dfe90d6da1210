package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** The task's content as a revised text of its plan gives it. */
@Revision("1")
public record TaskRevised(
        TaskId taskId,
        String section,
        String text,
        List<String> leadLeaders,
        List<Unit> leadUnits,
        List<Unit> cooperatingUnits,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
