package gov.supervision.process.due;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.DueIds;
import gov.supervision.command.task.api.RescheduleDue;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.schedule.DueTimes;
import gov.supervision.process.schedule.Schedules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A granted extension moved the due time: the waiting step starts again with the new due time and a new reminder.
 * The time is the one the task's record holds (its ExtensionGranted event moved it), never one the message carried:
 * a message nobody granted moves nothing.
 */
@Component(Delegates.APPLY_NEW_DUE)
class ApplyNewDueDelegate implements JavaDelegate {

    private final CommandGateway commands;
    private final Schedules schedules;

    ApplyNewDueDelegate(CommandGateway commands, Schedules schedules) {
        this.commands = commands;
        this.schedules = schedules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ProcessClock.now();
        String dueId = (String) execution.getVariable(TaskVariables.DUE_ID);
        Instant due = commands.sendAndWait(new RescheduleDue(ProcessTasks.taskId(execution), dueId, Actor.SYSTEM,
                now));
        DueTimes dueTimes = schedules.dueTimes(ProcessTasks.planNumber(execution));
        Instant reminder = switch (DueIds.kindOf(dueId)) {
            case ACKNOWLEDGEMENT -> dueTimes.acknowledgementReminder(due, now);
            case REPORT -> dueTimes.reportReminder(due, now);
            case RECTIFICATION -> dueTimes.rectificationReminder(due, now);
        };
        execution.setVariable(TaskVariables.DUE_AT, ProcessClock.date(due));
        execution.setVariable(TaskVariables.REMINDER_AT, ProcessClock.date(reminder));
    }
}
