package gov.supervision.bpmn;

import gov.supervision.bpmn.EscalationPolicy.Inputs;
import gov.supervision.bpmn.EscalationPolicy.Outputs;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the three tables in {@value EscalationPolicy#RESOURCE}, evaluated by the DMN engine alone, and the file
 * deployed in the Camunda engine on PostgreSQL.
 */
class EscalationPolicyTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static final DmnDecision POLICY = decision(EscalationPolicy.DECISION);
    private static final DmnDecision WINDOW = decision(EscalationPolicy.RECTIFICATION_WINDOW);
    private static final DmnDecision THRESHOLD = decision(EscalationPolicy.RAISED_SUPERVISION);

    private static DmnDecision decision(String key) {
        try (InputStream dmn = EscalationPolicyTest.class.getClassLoader().getResourceAsStream(EscalationPolicy.RESOURCE)) {
            assertThat(dmn).as(EscalationPolicy.RESOURCE + " on the classpath").isNotNull();
            return DMN.parseDecision(key, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 督办问责: the step grows with the unit's strikes on the task, nothing else. */
    @Nested
    class ProposedStep {

        private DmnDecisionTableResult evaluate(Integer strikes, Integer daysLate, String assessment, String reason) {
            VariableMap variables = Variables.createVariables()
                    .putValue(Inputs.STRIKES, strikes)
                    .putValue(Inputs.DAYS_LATE, daysLate)
                    .putValue(Inputs.ASSESSMENT, assessment)
                    .putValue(Inputs.REASON, reason);
            return DMN.evaluateDecisionTable(POLICY, variables);
        }

        @ParameterizedTest(name = "{0} strike(s) → {1}")
        @CsvSource({
                // rule "no strike yet: a reminder", and its lower boundary
                "0, REMINDER",
                "-1, REMINDER",
                // rule "1st strike: public criticism with a rectification order"
                "1, CRITICISM",
                // rule "2nd strike: an admonition interview"
                "2, ADMONITION",
                // rule "3rd strike or more: accountability action", at and beyond the boundary
                "3, ACCOUNTABILITY",
                "4, ACCOUNTABILITY",
                "7, ACCOUNTABILITY",
        })
        void proposesTheStepGradedByStrikes(int strikes, String step) {
            DmnDecisionTableResult result = evaluate(strikes, 3, "SLOW", "SLOW_PROGRESS");

            assertThat(result).hasSize(1);
            assertThat((String) result.getSingleEntry()).isEqualTo(step);
            assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(Outputs.STEP);
        }

        @ParameterizedTest(name = "daysLate {0}, assessment {1}, reason {2} → CRITICISM")
        @CsvSource({
                "0,  ,            SLOW_PROGRESS",
                "30, ,            SLOW_PROGRESS",
                "0,  INEFFECTIVE, SLOW_PROGRESS",
                "30, INEFFECTIVE, REPORT_OVERDUE",
                "0,  SLOW,        REPORT_OVERDUE",
                "30, ,            REPORT_OVERDUE",
                "0,  ,            NOT_ACKNOWLEDGED",
                "365,ON_TRACK,    RECTIFICATION_NOT_MET",
        })
        void daysLateAssessmentAndReasonDoNotChangeTheDefaultStep(int daysLate, String assessment, String reason) {
            DmnDecisionTableResult result = evaluate(1, daysLate, assessment, reason);

            assertThat((String) result.getSingleEntry()).isEqualTo("CRITICISM");
        }

        @Test
        void needsOnlyTheStrikes() {
            DmnDecisionTableResult result = DMN.evaluateDecisionTable(POLICY,
                    Variables.createVariables().putValue(Inputs.STRIKES, 2));

            assertThat((String) result.getSingleEntry()).isEqualTo("ADMONITION");
        }

        @Test
        void unknownStrikesProposeNoStep() {
            DmnDecisionTableResult result = evaluate(null, 0, null, "REPORT_OVERDUE");

            assertThat(result).isEmpty();
        }
    }

    /** 限期整改: the days a step gives the unit to rectify; 0 is no rectification order. */
    @Nested
    class RectificationWindow {

        @ParameterizedTest(name = "{0} → {1} days")
        @CsvSource({
                "REMINDER,       0",
                "CRITICISM,      10",
                "ADMONITION,     7",
                "ACCOUNTABILITY, 0",
        })
        void givesTheDaysToRectifyForEachStep(String step, int days) {
            DmnDecisionTableResult result = DMN.evaluateDecisionTable(WINDOW,
                    Variables.createVariables().putValue(Inputs.STEP, step));

            assertThat(result).hasSize(1);
            assertThat((Object) result.getSingleEntry()).isEqualTo(days);
            assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(Outputs.RECTIFICATION_DAYS);
        }

        @Test
        void anUnknownStepHasNoWindow() {
            DmnDecisionTableResult result = DMN.evaluateDecisionTable(WINDOW,
                    Variables.createVariables().putValue(Inputs.STEP, "WARNING"));

            assertThat(result).isEmpty();
        }
    }

    /** 提级督办: three strikes on a task raise its supervision a level. */
    @Nested
    class RaisedSupervision {

        @ParameterizedTest(name = "{0} strike(s) on the task → raise {1}")
        @CsvSource({
                // rule "fewer than 3 strikes: ordinary supervision"
                "0, false",
                "1, false",
                "2, false",
                // rule "3 strikes or more: supervision raised"
                "3, true",
                "7, true",
        })
        void raisesSupervisionFromThreeStrikesOnTheTask(int taskStrikes, boolean raise) {
            DmnDecisionTableResult result = DMN.evaluateDecisionTable(THRESHOLD,
                    Variables.createVariables().putValue(Inputs.TASK_STRIKES, taskStrikes));

            assertThat(result).hasSize(1);
            assertThat((Object) result.getSingleEntry()).isEqualTo(raise);
            assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(Outputs.RAISE_SUPERVISION);
        }
    }

    /** The file as Camunda deploys it: all three decisions, evaluated by key, on PostgreSQL. */
    @Test
    void deploysInTheProcessEngineOnPostgres() {
        ProcessEngine engine = ProcessEngineOnPostgres.engine();
        RepositoryService repository = engine.getRepositoryService();
        DecisionService decisions = engine.getDecisionService();
        String deploymentId = repository.createDeployment()
                .name("escalation-policy-test")
                .addClasspathResource(EscalationPolicy.RESOURCE)
                .deploy()
                .getId();
        try {
            List<DecisionDefinition> deployed = repository.createDecisionDefinitionQuery()
                    .deploymentId(deploymentId)
                    .list();
            assertThat(deployed).extracting(DecisionDefinition::getKey).containsExactlyInAnyOrder(
                    EscalationPolicy.DECISION, EscalationPolicy.RECTIFICATION_WINDOW, EscalationPolicy.RAISED_SUPERVISION);
            assertThat(deployed).extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(365);

            String step = decisions.evaluateDecisionTableByKey(EscalationPolicy.DECISION, Variables.createVariables()
                            .putValue(Inputs.STRIKES, 2)
                            .putValue(Inputs.DAYS_LATE, 12)
                            .putValue(Inputs.ASSESSMENT, "SLOW")
                            .putValue(Inputs.REASON, "SLOW_PROGRESS"))
                    .getSingleEntry();
            assertThat(step).isEqualTo("ADMONITION");

            Integer days = decisions.evaluateDecisionTableByKey(EscalationPolicy.RECTIFICATION_WINDOW,
                    Variables.createVariables().putValue(Inputs.STEP, step)).getSingleEntry();
            assertThat(days).isEqualTo(7);

            Boolean raise = decisions.evaluateDecisionTableByKey(EscalationPolicy.RAISED_SUPERVISION,
                    Variables.createVariables().putValue(Inputs.TASK_STRIKES, 3)).getSingleEntry();
            assertThat(raise).isTrue();
        } finally {
            repository.deleteDeployment(deploymentId, true);
        }
        assertThat(repository.createDecisionDefinitionQuery().deploymentId(deploymentId).count()).isZero();
    }
}
