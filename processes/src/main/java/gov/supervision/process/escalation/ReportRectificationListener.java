package gov.supervision.process.escalation;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.EscalationProcess.FormFields;
import gov.supervision.bpmn.EscalationProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.DueIds;
import gov.supervision.command.task.api.ReportRectification;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.due.DueSettlements;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Rectify and report" reports the escalated unit's rectification. */
@Component(Delegates.REPORT_RECTIFICATION)
class ReportRectificationListener implements TaskListener {

    private final CommandGateway commands;

    ReportRectificationListener(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        String escalationId = (String) task.getVariable(Variables.ESCALATION_ID);
        commands.sendAndWait(new ReportRectification(ProcessTasks.taskId(task),
                escalationId,
                FormInput.text(task, FormFields.RECTIFICATION_TEXT),
                FormInput.lines(task, FormFields.RECTIFICATION_EVIDENCE),
                ProcessActors.unitActor(task, (String) task.getVariable(TaskVariables.UNIT_ID)), ProcessClock.now()));
        DueSettlements.settled(task.getProcessEngineServices(), ProcessTasks.taskId(task).value(),
                DueIds.rectification(escalationId));
    }
}
