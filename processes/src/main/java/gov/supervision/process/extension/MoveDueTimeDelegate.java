package gov.supervision.process.extension;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The extension was granted (the task's event already moved the due): tell the step waiting on that due, in this
 * transaction, so its timers move too.
 */
@Component(Delegates.MOVE_DUE_TIME)
class MoveDueTimeDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String dueId = (String) execution.getVariable(TaskVariables.DUE_ID);
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(TaskVariables.dueExtendedMessage(dueId))
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .setVariable(TaskVariables.NEW_DUE_AT, execution.getVariable(TaskVariables.NEW_DUE_AT))
                .correlateWithResult();
    }
}
