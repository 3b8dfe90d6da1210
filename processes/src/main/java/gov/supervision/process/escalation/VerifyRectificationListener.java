package gov.supervision.process.escalation;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.EscalationProcess.FormFields;
import gov.supervision.bpmn.EscalationProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.RejectRectification;
import gov.supervision.command.task.api.Strikes;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.VerifyRectification;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Verify the rectification": verified, or not done (a further strike, escalated again). */
@Component(Delegates.VERIFY_RECTIFICATION)
class VerifyRectificationListener implements TaskListener {

    enum Verification { ACCEPT, REJECT }

    private final CommandGateway commands;

    VerifyRectificationListener(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskId taskId = ProcessTasks.taskId(task);
        String escalationId = (String) task.getVariable(Variables.ESCALATION_ID);
        Actor supervisor = ProcessActors.supervisor(task);
        if (FormInput.choice(task, FormFields.VERIFICATION, Verification.class) == Verification.ACCEPT) {
            commands.sendAndWait(new VerifyRectification(taskId, escalationId, supervisor, ProcessClock.now()));
            task.setVariable(Variables.RECTIFICATION_ACCEPTED, true);
            return;
        }
        Strikes strikes = commands.sendAndWait(new RejectRectification(taskId, escalationId,
                FormInput.text(task, FormFields.VERIFICATION_REASON), supervisor, ProcessClock.now()));
        task.setVariable(Variables.RECTIFICATION_ACCEPTED, false);
        task.setVariable(TaskVariables.STRIKES, strikes.unit());
        task.setVariable(TaskVariables.TASK_STRIKES, strikes.task());
        task.setVariable(TaskVariables.DAYS_LATE, 0);
    }
}
