package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 催办: a unit is reminded of what it owes by a due time. */
@Revision("1")
public record ReminderSent(
        TaskId taskId,
        Unit unit,
        DueKind kind,
        String dueId,
        Instant dueAt,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
