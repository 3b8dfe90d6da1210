package gov.supervision.process.reconciliation;

import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.FollowUpProcess;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.RescheduleDue;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.Rejections;
import gov.supervision.process.reconciliation.Mismatch.Kind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The due timers Camunda waits on against the due times the task's record holds: a timer that fires at another
 * time than the record says (moved with no grant, by hand in the database, …), or waits on a due the record says
 * is met or missed, is a mismatch. The record answers for itself ({@link RescheduleDue}, which records nothing), so
 * there is no second reckoning of dues to drift from the task's.
 */
final class DueTimers {

    /** The boundary timers that fire when a due passes, one per kind of due. */
    static final List<String> DUE_TIMERS = List.of(DispatchProcess.Elements.TIMER_DUE,
            FollowUpProcess.Elements.TIMER_REPORT_DUE, EscalationProcess.Elements.TIMER_RECTIFICATION_DUE);

    private final ManagementService management;
    private final RuntimeService runtime;
    private final CommandGateway commands;

    DueTimers(ManagementService management, RuntimeService runtime, CommandGateway commands) {
        this.management = management;
        this.runtime = runtime;
        this.commands = commands;
    }

    /** @param processes the running processes of open tasks, by instance id */
    List<Mismatch> check(Map<String, RunningProcess> processes, Map<String, ExpectedProcesses> tasks) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (String timer : DUE_TIMERS) {
            for (Job job : management.createJobQuery().timers().activityId(timer).list()) {
                RunningProcess process = processes.get(job.getProcessInstanceId());
                ExpectedProcesses task = process == null ? null : tasks.get(process.taskId());
                if (task == null || job.getDuedate() == null) {
                    continue;
                }
                String dueId = (String) runtime.getVariable(job.getExecutionId(), TaskVariables.DUE_ID);
                String disagreement = disagreement(task.taskId(), dueId, job.getDuedate().toInstant());
                if (disagreement != null) {
                    mismatches.add(new Mismatch(task.taskId(), task.planNumber(), task.taskNumber(),
                            Kind.DUE_TIME_DIFFERS, process.processKey(), process.instanceId(), dueId,
                            "the %s process's %s fires at %s, but %s".formatted(process.processKey(), timer,
                                    job.getDuedate().toInstant(), disagreement)));
                }
            }
        }
        return mismatches;
    }

    private String disagreement(String taskId, String dueId, Instant firesAt) {
        if (dueId == null) {
            return "the timer names no due";
        }
        try {
            Instant due = commands.sendAndWait(new RescheduleDue(TaskId.parse(taskId), dueId, Actor.SYSTEM,
                    ProcessClock.now()));
            return due.equals(firesAt) ? null : "the task's events say %s is due at %s".formatted(dueId, due);
        } catch (RuntimeException e) {
            return Rejections.find(e, RuleViolation.class)
                    .map(refused -> "the task's events say nothing is due under %s any more".formatted(dueId))
                    .orElseThrow(() -> e);
        }
    }
}
