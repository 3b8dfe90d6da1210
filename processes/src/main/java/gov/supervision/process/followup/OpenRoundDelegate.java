package gov.supervision.process.followup;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.FollowUpProcess.Variables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.OpenFollowUpRound;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.schedule.DueTimes;
import gov.supervision.process.schedule.Schedules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Opens the next round: every lead unit owes a report by the round's due time; the next round is scheduled. */
@Component(Delegates.OPEN_ROUND)
class OpenRoundDelegate implements JavaDelegate {

    private final CommandGateway commands;
    private final Schedules schedules;

    OpenRoundDelegate(CommandGateway commands, Schedules schedules) {
        this.commands = commands;
        this.schedules = schedules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ProcessClock.now();
        DueTimes dueTimes = schedules.dueTimes(ProcessTasks.planNumber(execution));
        Instant due = dueTimes.reportDue(now);
        int round = commands.sendAndWait(new OpenFollowUpRound(ProcessTasks.taskId(execution), due, Actor.SYSTEM, now));
        execution.setVariable(Variables.ROUND, round);
        execution.setVariable(Variables.ROUND_DUE_AT, ProcessClock.date(due));
        execution.setVariable(Variables.ROUND_REMINDER_AT, ProcessClock.date(dueTimes.reportReminder(due, now)));
        execution.setVariable(Variables.NEXT_ROUND_AT, ProcessClock.date(dueTimes.nextRound(now)));
    }
}
