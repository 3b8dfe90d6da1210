package gov.supervision.process.dispatch;

import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.process.Rejections;
import gov.supervision.process.serial.TaskLocks;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Set;

/**
 * Starts inspection of tasks: one {@code dispatch} process per task, each in its own transaction together with
 * the dispatch command its first step sends. A task already under inspection starts nothing more: either its
 * process is still running, or the task refuses a second dispatch and that start rolls back whole. A task withdrawn
 * from its plan refuses dispatch the same way and is skipped.
 */
@Service
public class DispatchProcessStarter {

    /** A task to inspect, as the caller found it in its plan. */
    public record TaskToInspect(String taskId, String planNumber, int taskNumber) {
    }

    private static final Set<Rule> NOTHING_TO_START = Set.of(Rule.ALREADY_DISPATCHED, Rule.TASK_WITHDRAWN);

    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final TaskLocks locks;

    DispatchProcessStarter(RuntimeService runtime, TransactionTemplate transaction, TaskLocks locks) {
        this.runtime = runtime;
        this.transaction = transaction;
        this.locks = locks;
    }

    /** @return whether a new process was started for the task */
    public boolean startInspection(TaskToInspect task, Actor supervisor) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                // a parallel inspection of the task waits here, then finds its process and starts nothing
                locks.lock(task.taskId());
                if (underInspection(task.taskId())) {
                    return false;
                }
                runtime.startProcessInstanceByKey(DispatchProcess.KEY, task.taskId(), Map.of(
                        TaskVariables.TASK_ID, task.taskId(),
                        TaskVariables.PLAN_NUMBER, task.planNumber(),
                        TaskVariables.TASK_NUMBER, task.taskNumber(),
                        TaskVariables.STARTED_BY, supervisor.userId()));
                return true;
            }));
        } catch (RuntimeException e) {
            if (Rejections.find(e, RuleViolation.class).map(RuleViolation::rule).filter(NOTHING_TO_START::contains)
                    .isPresent()) {
                return false;
            }
            throw e;
        }
    }

    private boolean underInspection(String taskId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DispatchProcess.KEY)
                .processInstanceBusinessKey(taskId).count() > 0;
    }
}
