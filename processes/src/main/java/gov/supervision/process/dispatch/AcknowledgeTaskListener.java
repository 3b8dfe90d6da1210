package gov.supervision.process.dispatch;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.DispatchProcess.FormFields;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.DueIds;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import gov.supervision.process.due.DueSettlements;
import gov.supervision.process.forms.FormInput;
import gov.supervision.process.identity.ProcessActors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Acknowledge" acknowledges the task for the unit of this branch, in the completing transaction. */
@Component(Delegates.ACKNOWLEDGE)
class AcknowledgeTaskListener implements TaskListener {

    private final CommandGateway commands;

    AcknowledgeTaskListener(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void notify(DelegateTask task) {
        String unitId = (String) task.getVariable(TaskVariables.UNIT_ID);
        commands.sendAndWait(new AcknowledgeTask(ProcessTasks.taskId(task),
                FormInput.text(task, FormFields.RESPONSIBLE_PERSON),
                ProcessActors.unitActor(task, unitId), ProcessClock.now()));
        DueSettlements.settled(task.getProcessEngineServices(), ProcessTasks.taskId(task).value(),
                DueIds.acknowledgement(unitId));
    }
}
