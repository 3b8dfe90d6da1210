package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A lead unit confirms receipt of a dispatched task and names its responsible person (签收). */
public record AcknowledgeTask(
        @TargetAggregateIdentifier TaskId taskId,
        String responsiblePerson,
        Actor actor,
        Instant at) {
}
