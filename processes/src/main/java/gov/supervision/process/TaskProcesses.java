package gov.supervision.process;

import gov.supervision.command.task.api.TaskId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import java.util.List;

/** Every running process of a task, as a whole: ended together when the task leaves its plan. */
@Service
public class TaskProcesses {

    private final RuntimeService runtime;

    TaskProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Ends every running process of the task (and the processes they called); answers how many were running. */
    public int endAll(TaskId taskId, String reason) {
        List<String> roots = runtime.createProcessInstanceQuery().processInstanceBusinessKey(taskId.value())
                .rootProcessInstances().list().stream().map(ProcessInstance::getId).toList();
        if (!roots.isEmpty()) {
            runtime.deleteProcessInstances(roots, reason, true, true);
        }
        return roots.size();
    }
}
