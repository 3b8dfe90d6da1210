package gov.supervision.process.followup;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.FollowUpProcess.FormFields;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.CloseTask;
import gov.supervision.command.task.api.ReturnCompletionRequest;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Verify close-out" closes the task (销号) or returns the request with a reason. */
@Component(Delegates.VERIFY_COMPLETION)
class VerifyCompletionListener implements TaskListener {

    enum Decision { CLOSE, RETURN }

    private final CommandGateway commands;

    VerifyCompletionListener(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskId taskId = ProcessTasks.taskId(task);
        Actor supervisor = ProcessActors.supervisor(task);
        String reason = FormInput.text(task, FormFields.CLOSE_REASON);
        if (FormInput.choice(task, FormFields.CLOSE_DECISION, Decision.class) == Decision.CLOSE) {
            commands.sendAndWait(new CloseTask(taskId, reason, supervisor, ProcessClock.now()));
        } else {
            commands.sendAndWait(new ReturnCompletionRequest(taskId, reason, supervisor, ProcessClock.now()));
        }
    }
}
