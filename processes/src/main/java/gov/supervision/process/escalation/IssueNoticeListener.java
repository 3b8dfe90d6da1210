package gov.supervision.process.escalation;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.EscalationProcess.FormFields;
import gov.supervision.bpmn.EscalationProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.DueIds;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.IssueNotice;
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
 * Completing "Decide the step" issues the notice: the step the supervisor took, with the rectification order the
 * policy's rectification window gives that step (none for 0 days).
 */
@Component(Delegates.ISSUE_NOTICE)
class IssueNoticeListener implements TaskListener {

    private final CommandGateway commands;
    private final PolicyDecisions policy;
    private final Schedules schedules;

    IssueNoticeListener(CommandGateway commands, PolicyDecisions policy, Schedules schedules) {
        this.commands = commands;
        this.policy = policy;
        this.schedules = schedules;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = ProcessClock.now();
        EscalationStep step = FormInput.choice(task, FormFields.STEP, EscalationStep.class);
        int days = policy.rectificationDays(step).value();
        DueTimes dueTimes = schedules.dueTimes(ProcessTasks.planNumber(task));
        Instant due = days > 0 ? dueTimes.rectificationDue(now, days) : null;
        String escalationId = (String) task.getVariable(Variables.ESCALATION_ID);
        commands.sendAndWait(new IssueNotice(ProcessTasks.taskId(task), escalationId, step,
                FormInput.text(task, FormFields.STEP_REASON), due, ProcessActors.supervisor(task), now));
        task.setVariable(Variables.RECTIFICATION_ORDERED, due != null);
        if (due != null) {
            task.setVariable(TaskVariables.DUE_ID, DueIds.rectification(escalationId));
            task.setVariable(TaskVariables.DUE_AT, ProcessClock.date(due));
            task.setVariable(TaskVariables.REMINDER_AT, ProcessClock.date(dueTimes.rectificationReminder(due, now)));
        }
    }
}
