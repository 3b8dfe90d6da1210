package gov.supervision.process.followup;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.ExtensionProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The task is closed: its escalations and extension requests end with it, in the closing transaction (the follow-up
 * itself ends at its terminate end event, and the dispatch that called it with it).
 */
@Component(Delegates.END_TASK_PROCESSES)
class EndTaskProcessesDelegate implements JavaDelegate {

    static final String REASON = "the task was closed";

    @Override
    public void execute(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        List<String> others = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .processDefinitionKeyIn(EscalationProcess.KEY, ExtensionProcess.KEY)
                .list().stream().map(ProcessInstance::getId).toList();
        if (!others.isEmpty()) {
            runtime.deleteProcessInstances(others, REASON, true, true);
        }
    }
}
