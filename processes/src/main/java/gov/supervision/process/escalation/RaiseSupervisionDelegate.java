package gov.supervision.process.escalation;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.EscalationProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.RaiseSupervision;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The task's strikes reached the policy's threshold: raise its supervision (提级督办); notify its lead leaders. */
@Component(Delegates.RAISE_SUPERVISION)
class RaiseSupervisionDelegate implements JavaDelegate {

    private final CommandGateway commands;
    private final PolicyDecisions policy;

    RaiseSupervisionDelegate(CommandGateway commands, PolicyDecisions policy) {
        this.commands = commands;
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int taskStrikes = ((Number) execution.getVariable(TaskVariables.TASK_STRIKES)).intValue();
        commands.sendAndWait(new RaiseSupervision(ProcessTasks.taskId(execution),
                (String) execution.getVariable(Variables.ESCALATION_ID),
                policy.raiseSupervision(taskStrikes).policy(), Actor.SYSTEM, ProcessClock.now()));
    }
}
