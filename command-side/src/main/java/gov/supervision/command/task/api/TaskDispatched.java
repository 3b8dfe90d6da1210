package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

@Revision("1")
public record TaskDispatched(TaskId taskId, List<Unit> leadUnits, Actor actor, Instant occurredAt)
        implements TaskEvent {
}
