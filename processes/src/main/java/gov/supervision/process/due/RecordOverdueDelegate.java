package gov.supervision.process.due;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.RecordOverdue;
import gov.supervision.command.task.api.Strikes;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * A due timer fired with nothing in: record the lapse (a strike), end any undecided request for more time on it
 * (moot now), and keep the strikes the task counted, for the escalation that follows in this branch.
 */
@Component(Delegates.RECORD_OVERDUE)
class RecordOverdueDelegate implements JavaDelegate {

    private final CommandGateway commands;

    RecordOverdueDelegate(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ProcessClock.now();
        String dueId = (String) execution.getVariable(TaskVariables.DUE_ID);
        Strikes strikes = commands.sendAndWait(new RecordOverdue(ProcessTasks.taskId(execution), dueId, Actor.SYSTEM,
                now));
        DueSettlements.settled(execution.getProcessEngineServices(), ProcessTasks.taskId(execution).value(), dueId);
        Instant due = ProcessClock.instant(execution.getVariable(TaskVariables.DUE_AT));
        execution.setVariableLocal(TaskVariables.STRIKES, strikes.unit());
        execution.setVariableLocal(TaskVariables.TASK_STRIKES, strikes.task());
        execution.setVariableLocal(TaskVariables.DAYS_LATE, due == null ? 0 : (int) Duration.between(due, now).toDays());
    }
}
