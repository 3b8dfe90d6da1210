package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * A task as an imported text of its plan gives it: registers it if it is new, revises it if its content changed,
 * changes nothing if it is the same.
 */
public record ImportTask(
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

    public RegisterTask asRegistration() {
        return new RegisterTask(taskId, planNumber, taskNumber, section, text, leadLeaders, leadUnits,
                cooperatingUnits, actor, at);
    }
}
