package gov.supervision.process.escalation;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.TaskVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts an escalation (督办问责) of this branch's unit, in this transaction: a process of its own, so the step that
 * escalated goes on while the escalation runs. The step's "escalationReason" input says why.
 */
@Component(Delegates.START_ESCALATION)
class StartEscalationDelegate implements JavaDelegate {

    private static final String[] CARRIED = {TaskVariables.TASK_ID, TaskVariables.PLAN_NUMBER,
            TaskVariables.TASK_NUMBER, TaskVariables.UNIT_ID, TaskVariables.ESCALATION_REASON,
            TaskVariables.REPORT_ROUND, TaskVariables.STRIKES, TaskVariables.TASK_STRIKES, TaskVariables.DAYS_LATE,
            TaskVariables.ASSESSMENT};

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : CARRIED) {
            variables.put(name, execution.getVariable(name));
        }
        execution.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(EscalationProcess.KEY, execution.getProcessBusinessKey(), variables);
    }
}
