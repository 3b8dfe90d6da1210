package gov.supervision.process.followup;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.FollowUpProcess.FormFields;
import gov.supervision.bpmn.FollowUpProcess.ReviewOutcomes;
import gov.supervision.bpmn.FollowUpProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.AcceptReport;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.ReturnReport;
import gov.supervision.command.task.api.Strikes;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import gov.supervision.process.schedule.DueTimes;
import gov.supervision.process.schedule.Schedules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Completing "Review the report": a return sends the unit back to its report with a new due time; an acceptance
 * records the assessment, and slow or ineffective progress (a strike) is escalated.
 */
@Component(Delegates.REVIEW_REPORT)
class ReviewReportListener implements TaskListener {

    enum Decision { ACCEPT, RETURN }

    private final CommandGateway commands;
    private final Schedules schedules;

    ReviewReportListener(CommandGateway commands, Schedules schedules) {
        this.commands = commands;
        this.schedules = schedules;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = ProcessClock.now();
        TaskId taskId = ProcessTasks.taskId(task);
        String reportId = (String) task.getVariable(Variables.REPORT_ID);
        Actor supervisor = ProcessActors.supervisor(task);
        if (FormInput.choice(task, FormFields.REVIEW_DECISION, Decision.class) == Decision.RETURN) {
            DueTimes dueTimes = schedules.dueTimes(ProcessTasks.planNumber(task));
            Instant due = dueTimes.resubmissionDue(now);
            commands.sendAndWait(new ReturnReport(taskId, reportId, FormInput.text(task, FormFields.REVIEW_REASON),
                    due, supervisor, now));
            task.setVariable(Variables.REVIEW_OUTCOME, ReviewOutcomes.RETURNED);
            task.setVariable(TaskVariables.DUE_AT, ProcessClock.date(due));
            task.setVariable(TaskVariables.REMINDER_AT, ProcessClock.date(dueTimes.reportReminder(due, now)));
            return;
        }
        Assessment assessment = FormInput.optionalChoice(task, FormFields.ASSESSMENT, Assessment.class);
        Strikes strikes = commands.sendAndWait(new AcceptReport(taskId, reportId, assessment, supervisor, now));
        task.setVariable(Variables.REVIEW_OUTCOME,
                assessment == Assessment.ON_TRACK ? ReviewOutcomes.ACCEPTED : ReviewOutcomes.ESCALATE);
        task.getExecution().setVariableLocal(TaskVariables.STRIKES, strikes.unit());
        task.getExecution().setVariableLocal(TaskVariables.TASK_STRIKES, strikes.task());
        task.getExecution().setVariableLocal(TaskVariables.DAYS_LATE, 0);
    }
}
