package gov.supervision.process.dispatch;

import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.DispatchProcess.FormFields;
import gov.supervision.bpmn.DispatchProcess.Variables;
import gov.supervision.command.task.api.SubmitProgressReport;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Completing "Submit progress report" submits the report for the unit of this branch. */
@Component(DispatchProcess.Beans.SUBMIT_PROGRESS_REPORT_LISTENER)
class SubmitProgressReportListener implements TaskListener {

    private final CommandGateway commands;

    SubmitProgressReportListener(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        String unitId = (String) task.getVariable(Variables.UNIT_ID);
        Number percent = (Number) task.getVariable(FormFields.PERCENT_COMPLETE);
        commands.sendAndWait(new SubmitProgressReport(
                TaskId.parse((String) task.getVariable(Variables.TASK_ID)),
                (String) task.getVariable(FormFields.REPORT_TEXT),
                percent == null ? -1 : percent.intValue(),
                (String) task.getVariable(FormFields.PROBLEMS),
                (String) task.getVariable(FormFields.NEXT_STEPS),
                ProcessActors.unitActor(task, unitId),
                ClockUtil.getCurrentTime().toInstant()));
    }
}
