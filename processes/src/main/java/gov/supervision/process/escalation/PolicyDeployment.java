package gov.supervision.process.escalation;

import gov.supervision.bpmn.EscalationPolicy;
import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.EscalationReason;
import gov.supervision.command.task.api.EscalationStep;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A supervisor puts a new version of the escalation policy in force (Camunda's REST API being the administrators'):
 * the DMN is refused unless its three decisions answer, for every record the engine can ask about, what the
 * processes need (a known step, whole days, yes or no); then it is deployed and the next proposal uses it.
 */
@Service
public class PolicyDeployment {

    /** The policy as deployed: its version, which the events of each proposal it makes will name. */
    public record Deployed(String decisionKey, int version, String deploymentId) {
    }

    /** A policy that would leave the processes without an answer; nothing was deployed. */
    public static class InvalidPolicy extends RuntimeException {
        public InvalidPolicy(String message) {
            super(message);
        }
    }

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final RepositoryService repository;

    PolicyDeployment(RepositoryService repository) {
        this.repository = repository;
    }

    public Deployed deploy(byte[] dmn, String deployedBy) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
        } catch (RuntimeException notDmn) {
            throw new InvalidPolicy("the body is not a DMN 1.3 model");
        }
        check(model);
        String deploymentId = repository.createDeployment()
                .name("escalation policy, by " + deployedBy)
                .addModelInstance(EscalationPolicy.RESOURCE, model)
                .deploy().getId();
        DecisionDefinition deployed = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(EscalationPolicy.DECISION).latestVersion().singleResult();
        return new Deployed(deployed.getKey(), deployed.getVersion(), deploymentId);
    }

    private static void check(DmnModelInstance model) {
        List<DmnDecision> decisions;
        try {
            decisions = DMN.parseDecisions(model);
        } catch (RuntimeException unparsable) {
            throw new InvalidPolicy("the DMN's decisions cannot be read: " + firstLine(unparsable));
        }
        DmnDecision step = decision(decisions, EscalationPolicy.DECISION);
        DmnDecision window = decision(decisions, EscalationPolicy.RECTIFICATION_WINDOW);
        DmnDecision raise = decision(decisions, EscalationPolicy.RAISED_SUPERVISION);
        List<String> assessments = new ArrayList<>(Arrays.stream(Assessment.values()).map(Enum::name).toList());
        assessments.add(null);
        for (int strikes = 0; strikes <= 10; strikes++) {
            for (EscalationReason reason : EscalationReason.values()) {
                for (String assessment : assessments) {
                    VariableMap inputs = Variables.createVariables()
                            .putValue(EscalationPolicy.Inputs.STRIKES, strikes)
                            .putValue(EscalationPolicy.Inputs.DAYS_LATE, strikes)
                            .putValue(EscalationPolicy.Inputs.ASSESSMENT, assessment)
                            .putValue(EscalationPolicy.Inputs.REASON, reason.name());
                    Object answer = answer(step, inputs, EscalationPolicy.Outputs.STEP);
                    if (!(answer instanceof String name) || Arrays.stream(EscalationStep.values())
                            .noneMatch(s -> s.name().equals(name))) {
                        throw new InvalidPolicy("%s answers %s for %s; expected one of %s".formatted(
                                EscalationPolicy.DECISION, answer, inputs, Arrays.toString(EscalationStep.values())));
                    }
                }
            }
            Object raised = answer(raise, Variables.createVariables()
                    .putValue(EscalationPolicy.Inputs.TASK_STRIKES, strikes), EscalationPolicy.Outputs.RAISE_SUPERVISION);
            if (!(raised instanceof Boolean)) {
                throw new InvalidPolicy("%s answers %s for %d strikes; expected true or false"
                        .formatted(EscalationPolicy.RAISED_SUPERVISION, raised, strikes));
            }
        }
        for (EscalationStep each : EscalationStep.values()) {
            Object days = answer(window, Variables.createVariables().putValue(EscalationPolicy.Inputs.STEP,
                    each.name()), EscalationPolicy.Outputs.RECTIFICATION_DAYS);
            if (!(days instanceof Integer || days instanceof Long) || ((Number) days).longValue() < 0
                    || ((Number) days).longValue() > 365) {
                throw new InvalidPolicy("%s answers %s for %s; expected whole days from 0 to 365"
                        .formatted(EscalationPolicy.RECTIFICATION_WINDOW, days, each));
            }
        }
    }

    private static DmnDecision decision(List<DmnDecision> decisions, String key) {
        return decisions.stream().filter(d -> key.equals(d.getKey())).findFirst()
                .orElseThrow(() -> new InvalidPolicy("the DMN has no decision " + key + "; it needs "
                        + List.of(EscalationPolicy.DECISION, EscalationPolicy.RECTIFICATION_WINDOW,
                        EscalationPolicy.RAISED_SUPERVISION)));
    }

    private static Object answer(DmnDecision decision, Map<String, Object> inputs, String output) {
        try {
            DmnDecisionResult result = DMN.evaluateDecision(decision, inputs);
            if (result.size() != 1) {
                throw new InvalidPolicy("%s gives %d answers for %s; expected exactly one".formatted(
                        decision.getKey(), result.size(), inputs));
            }
            return result.getSingleResult().getEntry(output);
        } catch (InvalidPolicy e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidPolicy("%s cannot be evaluated for %s: %s".formatted(decision.getKey(), inputs,
                    firstLine(e)));
        }
    }

    private static String firstLine(Throwable e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
