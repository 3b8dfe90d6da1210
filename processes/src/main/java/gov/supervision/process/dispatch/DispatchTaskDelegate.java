package gov.supervision.process.dispatch;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.DispatchTask;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.schedule.DueTimes;
import gov.supervision.process.schedule.Schedules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Dispatches the task to its lead units with the acknowledgement due time of the plan's schedule, in the
 * transaction that runs this step: if the command is rejected, the process step rolls back with it. The lead
 * units the task went to fan the process out.
 */
@Component(Delegates.DISPATCH_TASK)
class DispatchTaskDelegate implements JavaDelegate {

    private final CommandGateway commands;
    private final Schedules schedules;

    DispatchTaskDelegate(CommandGateway commands, Schedules schedules) {
        this.commands = commands;
        this.schedules = schedules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ProcessClock.now();
        DueTimes dueTimes = schedules.dueTimes(ProcessTasks.planNumber(execution));
        Instant due = dueTimes.acknowledgementDue(now);
        Actor supervisor = Actor.supervisor((String) execution.getVariable(TaskVariables.STARTED_BY));
        List<String> leadUnitIds = commands.sendAndWait(
                new DispatchTask(ProcessTasks.taskId(execution), due, supervisor, now));
        execution.setVariable(TaskVariables.LEAD_UNIT_IDS, new ArrayList<>(leadUnitIds));
        execution.setVariable(DispatchProcess.Variables.ACKNOWLEDGEMENT_DUE_AT, ProcessClock.date(due));
        execution.setVariable(DispatchProcess.Variables.ACKNOWLEDGEMENT_REMINDER_AT,
                ProcessClock.date(dueTimes.acknowledgementReminder(due, now)));
    }
}
