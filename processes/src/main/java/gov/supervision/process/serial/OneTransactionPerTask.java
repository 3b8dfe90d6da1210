package gov.supervision.process.serial;

import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.process.guard.CompletedWorkItems;
import gov.supervision.process.guard.NoSuchWorkItem;
import gov.supervision.process.guard.TaskRulesRefused;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import java.lang.reflect.Field;

/**
 * The engine's side of {@link TaskLocks}: a completion of a work item (through any door) and a job (a timer firing,
 * an asynchronous step) take the lock of the task their process belongs to, inside the command's transaction and
 * before the engine reads anything of the process, so that what it reads after the wait is what the previous
 * transaction on the task committed. A work item another transaction completed meanwhile is refused by rule
 * {@link Rule#ALREADY_COMPLETED}, as a completion that comes late (409 at every door).
 * <p>
 * Runs after the engine opened the command's context and transaction (a post-command interceptor).
 */
final class OneTransactionPerTask extends CommandInterceptor {

    private final TaskLocks locks;
    private final CompletedWorkItems completed;

    OneTransactionPerTask(TaskLocks locks, CompletedWorkItems completed) {
        this.locks = locks;
        this.completed = completed;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd) {
            lockWorkItem((String) field(command, CompleteTaskCmd.class, "taskId"));
        } else if (command instanceof SubmitTaskFormCmd) {
            lockWorkItem((String) field(command, SubmitTaskFormCmd.class, "taskId"));
        } else if (command instanceof ExecuteJobsCmd) {
            locks.lockJob((String) field(command, ExecuteJobsCmd.class, "jobId"));
        }
        return next.execute(command);
    }

    private void lockWorkItem(String workItemId) {
        if (workItemId == null) {
            return;
        }
        TaskLocks.WorkItemAfterWait after = locks.lockWorkItem(workItemId);
        if (after == TaskLocks.WorkItemAfterWait.OPEN) {
            return;
        }
        // completed by a transaction that committed before this one looked (NOT_FOUND) or while it waited (GONE)
        if (completed.wasCompleted(workItemId)) {
            throw new TaskRulesRefused(new RuleViolation(Rule.ALREADY_COMPLETED,
                    "work item %s was completed a moment ago by another request".formatted(workItemId)));
        }
        if (after == TaskLocks.WorkItemAfterWait.GONE) {
            throw new NoSuchWorkItem("work item %s is no longer open".formatted(workItemId));
        }
        // not in the database at all: none such, or created in this very transaction; the engine answers
    }

    private static Object field(Object command, Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Camunda version's " + type.getSimpleName() + " has no " + name, e);
        }
    }
}
