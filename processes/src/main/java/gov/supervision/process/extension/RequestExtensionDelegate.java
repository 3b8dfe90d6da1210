package gov.supervision.process.extension;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.ExtensionProcess.FormFields;
import gov.supervision.bpmn.ExtensionProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.RequestExtension;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import gov.supervision.process.schedule.Schedules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Records the unit's request for more time, as the user who asked, in the transaction that starts this process:
 * a request the task refuses (after the due time, say) starts nothing.
 */
@Component(Delegates.REQUEST_EXTENSION)
class RequestExtensionDelegate implements JavaDelegate {

    private final CommandGateway commands;
    private final Schedules schedules;

    RequestExtensionDelegate(CommandGateway commands, Schedules schedules) {
        this.commands = commands;
        this.schedules = schedules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant requested = ProcessClock.instant(execution.getVariable(Variables.REQUESTED_DUE_AT));
        String extensionId = commands.sendAndWait(new RequestExtension(ProcessTasks.taskId(execution),
                (String) execution.getVariable(TaskVariables.DUE_ID), requested,
                FormInput.text(execution, Variables.EXTENSION_REASON),
                ProcessActors.unitActor(execution, (String) execution.getVariable(TaskVariables.UNIT_ID)),
                ProcessClock.now()));
        execution.setVariable(Variables.EXTENSION_ID, extensionId);
        // prefills the decision form's date-time field, in the plan's time zone as Tasklist shows it
        execution.setVariable(FormFields.NEW_DUE_AT, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX")
                .format(requested.atZone(schedules.of(ProcessTasks.planNumber(execution)).timeZone())));
    }
}
