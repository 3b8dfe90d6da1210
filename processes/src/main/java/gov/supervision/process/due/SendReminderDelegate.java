package gov.supervision.process.due;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.SendReminder;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A reminder timer fired: remind the unit of what it owes (催办). */
@Component(Delegates.SEND_REMINDER)
class SendReminderDelegate implements JavaDelegate {

    private final CommandGateway commands;

    SendReminderDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.sendAndWait(new SendReminder(ProcessTasks.taskId(execution),
                (String) execution.getVariable(TaskVariables.DUE_ID), Actor.SYSTEM, ProcessClock.now()));
    }
}
