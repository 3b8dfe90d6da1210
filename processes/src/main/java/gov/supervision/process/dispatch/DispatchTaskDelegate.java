package gov.supervision.process.dispatch;

import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.DispatchProcess.Variables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.DispatchTask;
import gov.supervision.command.task.api.TaskId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Dispatches the task to its lead units, in the transaction that runs this step: if the command is rejected,
 * the process step rolls back with it. The lead units the task went to fan the process out.
 */
@Component(DispatchProcess.Beans.DISPATCH_TASK_DELEGATE)
class DispatchTaskDelegate implements JavaDelegate {

    private final CommandGateway commands;

    DispatchTaskDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskId taskId = TaskId.parse((String) execution.getVariable(Variables.TASK_ID));
        Actor supervisor = Actor.supervisor((String) execution.getVariable(Variables.STARTED_BY));
        List<String> leadUnitIds = commands.sendAndWait(
                new DispatchTask(taskId, supervisor, ClockUtil.getCurrentTime().toInstant()));
        execution.setVariable(Variables.LEAD_UNIT_IDS, new ArrayList<>(leadUnitIds));
    }
}
