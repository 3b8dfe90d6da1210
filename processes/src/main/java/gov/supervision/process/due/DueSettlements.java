package gov.supervision.process.due;

import gov.supervision.bpmn.TaskVariables;
import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * A due was met or missed: an undecided request for more time on it is moot (the task refuses any decision on it),
 * so its extension process ends too, in the transaction of the step that settled the due. Nothing waits when no
 * request was made; that is the common case.
 */
public final class DueSettlements {

    private DueSettlements() {
    }

    public static void settled(ProcessEngineServices engine, String taskId, String dueId) {
        engine.getRuntimeService().createMessageCorrelation(TaskVariables.dueSettledMessage(dueId))
                .processInstanceBusinessKey(taskId)
                .correlateAllWithResult();
    }
}
