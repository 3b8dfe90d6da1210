package gov.supervision.process.followup;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.FollowUpProcess.FormFields;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.RequestCompletion;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Completing "Request close-out" asks, for the completing lead unit, to close the task (办结申请). */
@Component(Delegates.REQUEST_COMPLETION)
class RequestCompletionListener implements TaskListener {

    private final CommandGateway commands;

    RequestCompletionListener(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateTask task) {
        List<String> leadUnits = (List<String>) task.getVariable(TaskVariables.LEAD_UNIT_IDS);
        commands.sendAndWait(new RequestCompletion(ProcessTasks.taskId(task),
                FormInput.lines(task, FormFields.COMPLETION_EVIDENCE),
                FormInput.text(task, FormFields.COMPLETION_NOTE),
                ProcessActors.unitActorAmong(task, leadUnits), ProcessClock.now()));
    }
}
