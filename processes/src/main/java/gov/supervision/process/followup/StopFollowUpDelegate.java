package gov.supervision.process.followup;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.FollowUpProcess.Variables;
import gov.supervision.command.task.api.StopFollowUp;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A supervisor stopped the follow-up: record it; the event subprocess then ends every round of it. */
@Component(Delegates.STOP_FOLLOW_UP)
class StopFollowUpDelegate implements JavaDelegate {

    private final CommandGateway commands;

    StopFollowUpDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.sendAndWait(new StopFollowUp(ProcessTasks.taskId(execution), FormInput.text(execution, Variables.STOP_REASON),
                ProcessActors.supervisor(execution), ProcessClock.now()));
    }
}
