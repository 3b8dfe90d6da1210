package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** A lead unit asks to close the task (办结申请), with evidence. */
public record RequestCompletion(
        @TargetAggregateIdentifier TaskId taskId,
        List<String> evidence,
        String note,
        Actor actor,
        Instant at) {
}
