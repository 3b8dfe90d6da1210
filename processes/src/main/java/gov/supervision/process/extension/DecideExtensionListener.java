package gov.supervision.process.extension;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.ExtensionProcess.FormFields;
import gov.supervision.bpmn.ExtensionProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.GrantExtension;
import gov.supervision.command.task.api.RefuseExtension;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import gov.supervision.process.schedule.Schedules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Completing "Decide the extension": grant a new due time, or refuse with a reason. */
@Component(Delegates.DECIDE_EXTENSION)
class DecideExtensionListener implements TaskListener {

    enum Decision { GRANT, REFUSE }

    private final CommandGateway commands;
    private final Schedules schedules;

    DecideExtensionListener(CommandGateway commands, Schedules schedules) {
        this.commands = commands;
        this.schedules = schedules;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskId taskId = ProcessTasks.taskId(task);
        String extensionId = (String) task.getVariable(Variables.EXTENSION_ID);
        Actor supervisor = ProcessActors.supervisor(task);
        if (FormInput.choice(task, FormFields.DECISION, Decision.class) == Decision.GRANT) {
            Instant newDueAt = FormInput.instant(task, FormFields.NEW_DUE_AT,
                    schedules.of(ProcessTasks.planNumber(task)).timeZone());
            commands.sendAndWait(new GrantExtension(taskId, extensionId, newDueAt, supervisor, ProcessClock.now()));
            task.setVariable(Variables.EXTENSION_GRANTED, true);
            task.setVariable(TaskVariables.NEW_DUE_AT, ProcessClock.date(newDueAt));
            return;
        }
        commands.sendAndWait(new RefuseExtension(taskId, extensionId,
                FormInput.text(task, FormFields.DECISION_REASON), supervisor, ProcessClock.now()));
        task.setVariable(Variables.EXTENSION_GRANTED, false);
    }
}
