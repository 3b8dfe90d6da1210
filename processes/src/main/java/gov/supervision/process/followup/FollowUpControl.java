package gov.supervision.process.followup;

import gov.supervision.bpmn.FollowUpProcess;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.ReopenTask;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.process.ProcessClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/** What a supervisor does to a task's follow-up outside its user tasks: stop it, or reopen a closed task. */
@Service
public class FollowUpControl {

    private final RuntimeService runtime;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    FollowUpControl(RuntimeService runtime, CommandGateway commands, TransactionTemplate transaction) {
        this.runtime = runtime;
        this.commands = commands;
        this.transaction = transaction;
    }

    /**
     * Stops the running follow-up of the task; the process's own step sends the command, as the user Camunda
     * authenticated for this call. Answers false when the task has no follow-up running.
     */
    public boolean stop(TaskId taskId, String reason) {
        if (!running(taskId)) {
            return false;
        }
        MessageCorrelationResult result = runtime.createMessageCorrelation(FollowUpProcess.STOP_MESSAGE)
                .processInstanceBusinessKey(taskId.value())
                .setVariable(FollowUpProcess.Variables.STOP_REASON, reason)
                .correlateWithResult();
        return result != null;
    }

    /**
     * Starts the follow-up of a task again after it was stopped; its first step sends the command, as the user
     * Camunda authenticated for this call. Answers false when a follow-up is running already.
     */
    public boolean start(TaskId taskId, String planNumber, int taskNumber, List<String> leadUnitIds) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (running(taskId)) {
                return false;
            }
            startFollowUp(taskId, planNumber, taskNumber, leadUnitIds);
            return true;
        }));
    }

    /** Reopens a closed task and, in the same transaction, starts its follow-up again. */
    public void reopen(TaskId taskId, String planNumber, int taskNumber, List<String> leadUnitIds, String reason,
                       Actor supervisor) {
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new ReopenTask(taskId, reason, supervisor, ProcessClock.now()));
            startFollowUp(taskId, planNumber, taskNumber, leadUnitIds);
        });
    }

    private void startFollowUp(TaskId taskId, String planNumber, int taskNumber, List<String> leadUnitIds) {
        runtime.createProcessInstanceByKey(FollowUpProcess.KEY)
                .businessKey(taskId.value())
                .setVariable(TaskVariables.TASK_ID, taskId.value())
                .setVariable(TaskVariables.PLAN_NUMBER, planNumber)
                .setVariable(TaskVariables.TASK_NUMBER, taskNumber)
                .setVariable(TaskVariables.LEAD_UNIT_IDS, new ArrayList<>(leadUnitIds))
                .execute();
    }

    private boolean running(TaskId taskId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
                .processInstanceBusinessKey(taskId.value()).count() > 0;
    }
}
