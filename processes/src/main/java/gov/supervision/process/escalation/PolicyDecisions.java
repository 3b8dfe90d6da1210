package gov.supervision.process.escalation;

import gov.supervision.bpmn.EscalationPolicy;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.Policy;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of the escalation policy's decisions (escalation-policy.dmn), by id, so the
 * version that decided is known exactly and goes into the task's events. The policy is data: deploying a new
 * version changes the next decision, with no code change.
 */
@Component
class PolicyDecisions {

    /** What a decision answered and which version of it did. */
    record Decided<T>(T value, Policy policy) {
    }

    private final RepositoryService repository;
    private final DecisionService decisions;

    PolicyDecisions(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    Decided<EscalationStep> proposeStep(int strikes, int daysLate, String assessment, String reason) {
        VariableMap inputs = Variables.createVariables()
                .putValue(EscalationPolicy.Inputs.STRIKES, strikes)
                .putValue(EscalationPolicy.Inputs.DAYS_LATE, daysLate)
                .putValue(EscalationPolicy.Inputs.ASSESSMENT, assessment)
                .putValue(EscalationPolicy.Inputs.REASON, reason);
        Decided<Object> step = evaluate(EscalationPolicy.DECISION, inputs, EscalationPolicy.Outputs.STEP);
        return new Decided<>(EscalationStep.valueOf((String) step.value()), step.policy());
    }

    Decided<Integer> rectificationDays(EscalationStep step) {
        Decided<Object> days = evaluate(EscalationPolicy.RECTIFICATION_WINDOW,
                Variables.createVariables().putValue(EscalationPolicy.Inputs.STEP, step.name()),
                EscalationPolicy.Outputs.RECTIFICATION_DAYS);
        return new Decided<>(((Number) days.value()).intValue(), days.policy());
    }

    Decided<Boolean> raiseSupervision(int taskStrikes) {
        Decided<Object> raise = evaluate(EscalationPolicy.RAISED_SUPERVISION,
                Variables.createVariables().putValue(EscalationPolicy.Inputs.TASK_STRIKES, taskStrikes),
                EscalationPolicy.Outputs.RAISE_SUPERVISION);
        return new Decided<>((Boolean) raise.value(), raise.policy());
    }

    private Decided<Object> evaluate(String key, VariableMap inputs, String output) {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("the decision " + key + " is not deployed");
        }
        DmnDecisionResult result = decisions.evaluateDecisionById(latest.getId()).variables(inputs).evaluate();
        Object value = result.isEmpty() ? null : result.getSingleResult().getEntry(output);
        if (value == null) {
            throw new IllegalStateException("the decision %s version %d answers no %s for %s"
                    .formatted(key, latest.getVersion(), output, inputs));
        }
        return new Decided<>(value, new Policy(key, latest.getVersion()));
    }
}
