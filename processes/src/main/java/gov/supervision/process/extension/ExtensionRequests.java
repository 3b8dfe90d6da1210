package gov.supervision.process.extension;

import gov.supervision.bpmn.ExtensionProcess;
import gov.supervision.bpmn.ExtensionProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.ProcessClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;

import java.time.Instant;

/**
 * A unit asks for more time: starts an {@code extension} process, whose first step records the request as the
 * user Camunda authenticated for this call. Answers the extension's id.
 */
@Service
public class ExtensionRequests {

    private final RuntimeService runtime;

    ExtensionRequests(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public String request(TaskId taskId, String planNumber, int taskNumber, String unitId, String dueId,
                          Instant requestedDueAt, String reason) {
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(ExtensionProcess.KEY)
                .businessKey(taskId.value())
                .setVariable(TaskVariables.TASK_ID, taskId.value())
                .setVariable(TaskVariables.PLAN_NUMBER, planNumber)
                .setVariable(TaskVariables.TASK_NUMBER, taskNumber)
                .setVariable(TaskVariables.UNIT_ID, unitId)
                .setVariable(TaskVariables.DUE_ID, dueId)
                .setVariable(Variables.REQUESTED_DUE_AT, ProcessClock.date(requestedDueAt))
                .setVariable(Variables.EXTENSION_REASON, reason)
                .executeWithVariablesInReturn();
        return (String) instance.getVariables().get(Variables.EXTENSION_ID);
    }
}
