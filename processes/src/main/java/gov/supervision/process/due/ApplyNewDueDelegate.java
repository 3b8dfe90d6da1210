package gov.supervision.process.due;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.DueIds;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.schedule.DueTimes;
import gov.supervision.process.schedule.Schedules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A granted extension moved the due time: the waiting step starts again with the new due time and a new reminder
 * (the task's events already carry the move; this only moves the step's timers).
 */
@Component(Delegates.APPLY_NEW_DUE)
class ApplyNewDueDelegate implements JavaDelegate {

    private final Schedules schedules;

    ApplyNewDueDelegate(Schedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ProcessClock.now();
        Instant due = ProcessClock.instant(execution.getVariable(TaskVariables.NEW_DUE_AT));
        DueTimes dueTimes = schedules.dueTimes(ProcessTasks.planNumber(execution));
        String dueId = (String) execution.getVariable(TaskVariables.DUE_ID);
        Instant reminder = switch (DueIds.kindOf(dueId)) {
            case ACKNOWLEDGEMENT -> dueTimes.acknowledgementReminder(due, now);
            case REPORT -> dueTimes.reportReminder(due, now);
            case RECTIFICATION -> dueTimes.rectificationReminder(due, now);
        };
        execution.setVariable(TaskVariables.DUE_AT, ProcessClock.date(due));
        execution.setVariable(TaskVariables.REMINDER_AT, ProcessClock.date(reminder));
    }
}
