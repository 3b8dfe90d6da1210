package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * 交办: the task is sent to its lead units, each to acknowledge by the due time. Revision 2 added the due time;
 * revision 1 events are upcast with none.
 */
@Revision("2")
public record TaskDispatched(
        TaskId taskId,
        List<Unit> leadUnits,
        Instant acknowledgementDueAt,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
