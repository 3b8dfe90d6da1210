package gov.supervision.process.escalation;

import gov.supervision.bpmn.Delegates;
import gov.supervision.bpmn.EscalationProcess.FormFields;
import gov.supervision.bpmn.EscalationProcess.Variables;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.EscalationReason;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.ProposeEscalation;
import gov.supervision.process.ProcessClock;
import gov.supervision.process.ProcessTasks;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The escalation policy proposes the step from the unit's record on the task; the proposal, with the version of
 * the policy that made it, becomes an event. Also asks the policy whether the task's strikes reach the threshold
 * that raises its supervision.
 */
@Component(Delegates.PROPOSE_ESCALATION)
class ProposeEscalationDelegate implements JavaDelegate {

    private final CommandGateway commands;
    private final PolicyDecisions policy;

    ProposeEscalationDelegate(CommandGateway commands, PolicyDecisions policy) {
        this.commands = commands;
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int strikes = number(execution, TaskVariables.STRIKES);
        int daysLate = number(execution, TaskVariables.DAYS_LATE);
        String reason = (String) execution.getVariable(TaskVariables.ESCALATION_REASON);
        String assessment = (String) execution.getVariable(TaskVariables.ASSESSMENT);
        Number round = (Number) execution.getVariable(TaskVariables.REPORT_ROUND);
        PolicyDecisions.Decided<EscalationStep> proposed = policy.proposeStep(strikes, daysLate, assessment, reason);
        String escalationId = commands.sendAndWait(new ProposeEscalation(ProcessTasks.taskId(execution),
                (String) execution.getVariable(TaskVariables.UNIT_ID), EscalationReason.valueOf(reason),
                round == null ? null : round.intValue(), strikes, daysLate,
                assessment == null || assessment.isBlank() ? null : Assessment.valueOf(assessment),
                proposed.value(), proposed.policy(), Actor.SYSTEM, ProcessClock.now()));
        execution.setVariable(Variables.ESCALATION_ID, escalationId);
        execution.setVariable(Variables.PROPOSED_STEP, proposed.value().name());
        execution.setVariable(Variables.POLICY_VERSION, proposed.policy().version());
        execution.setVariable(FormFields.STEP, proposed.value().name());
        execution.setVariable(Variables.RAISE_SUPERVISION,
                policy.raiseSupervision(number(execution, TaskVariables.TASK_STRIKES)).value());
    }

    private static int number(DelegateExecution execution, String name) {
        Number value = (Number) execution.getVariable(name);
        return value == null ? 0 : value.intValue();
    }
}
