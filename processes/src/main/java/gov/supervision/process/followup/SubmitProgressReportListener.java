package gov.supervision.process.followup;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.FollowUpProcess.FormFields;
import gov.supervision.bpmn.FollowUpProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.DueIds;
import gov.supervision.command.task.api.SubmitProgressReport;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.due.DueSettlements;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Submit progress report" submits the report of this unit for this round. */
@Component(Delegates.SUBMIT_PROGRESS_REPORT)
class SubmitProgressReportListener implements TaskListener {

    private final CommandGateway commands;

    SubmitProgressReportListener(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        String unitId = (String) task.getVariable(TaskVariables.UNIT_ID);
        Number round = (Number) task.getVariable(TaskVariables.REPORT_ROUND);
        String reportId = commands.sendAndWait(new SubmitProgressReport(ProcessTasks.taskId(task),
                round.intValue(),
                FormInput.text(task, FormFields.REPORT_TEXT),
                FormInput.wholeNumber(task, FormFields.PERCENT_COMPLETE),
                FormInput.text(task, FormFields.PROBLEMS),
                FormInput.text(task, FormFields.NEXT_STEPS),
                FormInput.lines(task, FormFields.EVIDENCE),
                FormInput.ids(task, FormFields.CITED_CONTRIBUTIONS),
                ProcessActors.unitActor(task, unitId), ProcessClock.now()));
        task.setVariable(Variables.REPORT_ID, reportId);
        DueSettlements.settled(task.getProcessEngineServices(), ProcessTasks.taskId(task).value(),
                DueIds.report(round.intValue(), unitId));
    }
}
