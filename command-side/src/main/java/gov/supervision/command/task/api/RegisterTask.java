package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Registers one numbered task of a plan, with who answers for it. Registering the same task again is a no-op. */
public record RegisterTask(
        @TargetAggregateIdentifier TaskId taskId,
        String planNumber,
        int taskNumber,
        String section,
        String text,
        List<String> leadLeaders,
        List<Unit> leadUnits,
        List<Unit> cooperatingUnits,
        Actor actor,
        Instant at) {
}
