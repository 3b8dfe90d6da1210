package gov.supervision.process.dispatch;

import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.DispatchProcess.FormFields;
import gov.supervision.bpmn.DispatchProcess.Variables;
import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Completing "Acknowledge" acknowledges the task for the unit of this branch, in the completing transaction. */
@Component(DispatchProcess.Beans.ACKNOWLEDGE_LISTENER)
class AcknowledgeTaskListener implements TaskListener {

    private final CommandGateway commands;

    AcknowledgeTaskListener(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        String unitId = (String) task.getVariable(Variables.UNIT_ID);
        commands.sendAndWait(new AcknowledgeTask(
                TaskId.parse((String) task.getVariable(Variables.TASK_ID)),
                (String) task.getVariable(FormFields.RESPONSIBLE_PERSON),
                ProcessActors.unitActor(task, unitId),
                ClockUtil.getCurrentTime().toInstant()));
    }
}
