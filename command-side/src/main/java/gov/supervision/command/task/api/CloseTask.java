package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A supervisor verifies the requested completion and closes the task (销号). */
public record CloseTask(
        @TargetAggregateIdentifier TaskId taskId,
        String note,
        Actor actor,
        Instant at) {
}
