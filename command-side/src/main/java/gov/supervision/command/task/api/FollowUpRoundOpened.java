package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A follow-up round asks every lead unit for a progress report by the due time. */
@Revision("1")
public record FollowUpRoundOpened(
        TaskId taskId,
        int round,
        Instant dueAt,
        List<Unit> leadUnits,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
