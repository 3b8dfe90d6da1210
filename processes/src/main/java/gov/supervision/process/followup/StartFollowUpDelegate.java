package gov.supervision.process.followup;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.FollowUpProcess.Variables;
import gov.supervision.command.task.api.StartFollowUp;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.identity.ProcessActors;
import gov.supervision.process.schedule.DueTimes;
import gov.supervision.process.schedule.Schedule;
import gov.supervision.process.schedule.Schedules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The follow-up of the task starts, on its plan's schedule: the first round opens at once or on schedule. It is the
 * system's step when dispatch calls it, a supervisor's when a supervisor starts it again.
 */
@Component(Delegates.START_FOLLOW_UP)
class StartFollowUpDelegate implements JavaDelegate {

    private final CommandGateway commands;
    private final Schedules schedules;

    StartFollowUpDelegate(CommandGateway commands, Schedules schedules) {
        this.commands = commands;
        this.schedules = schedules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ProcessClock.now();
        Schedule schedule = schedules.of(ProcessTasks.planNumber(execution));
        commands.sendAndWait(new StartFollowUp(ProcessTasks.taskId(execution), schedule.describe(),
                schedule.timeZone().getId(), ProcessActors.supervisorOrSystem(execution), now));
        Instant firstRound = new DueTimes(schedule).firstRound(now);
        execution.setVariable(Variables.FIRST_ROUND_NOW, !firstRound.isAfter(now));
        execution.setVariable(Variables.NEXT_ROUND_AT, ProcessClock.date(firstRound));
    }
}
