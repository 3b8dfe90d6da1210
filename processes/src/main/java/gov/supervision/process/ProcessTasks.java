package gov.supervision.process;

import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.identity.StepNotAllowed;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The supervised task a process step belongs to: its process's business key, which the engine set when the process
 * started and nobody can edit. The task id variable the models carry must agree with it; if it was altered, the
 * step is refused rather than booked on another task.
 */
public final class ProcessTasks {

    private ProcessTasks() {
    }

    public static TaskId taskId(VariableScope scope) {
        String businessKey = businessKey(scope);
        Object named = scope.getVariable(TaskVariables.TASK_ID);
        if (businessKey == null) {
            return TaskId.parse((String) named);
        }
        if (named != null && !businessKey.equals(named)) {
            throw new StepNotAllowed("this step belongs to task %s, not to %s: its facts were altered"
                    .formatted(businessKey, named));
        }
        return TaskId.parse(businessKey);
    }

    public static String planNumber(VariableScope scope) {
        return (String) scope.getVariable(TaskVariables.PLAN_NUMBER);
    }

    private static String businessKey(VariableScope scope) {
        if (scope instanceof DelegateTask task) {
            return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        }
        if (scope instanceof DelegateExecution execution) {
            return execution.getProcessBusinessKey();
        }
        return null;
    }
}
