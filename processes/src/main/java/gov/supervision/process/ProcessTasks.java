package gov.supervision.process;

import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.TaskId;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The supervised task a process step belongs to. */
public final class ProcessTasks {

    private ProcessTasks() {
    }

    public static TaskId taskId(VariableScope scope) {
        return TaskId.parse((String) scope.getVariable(TaskVariables.TASK_ID));
    }

    public static String planNumber(VariableScope scope) {
        return (String) scope.getVariable(TaskVariables.PLAN_NUMBER);
    }
}
