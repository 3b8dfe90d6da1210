package gov.supervision.app.loop;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.Doors;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.EscalationPolicy;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.FollowUpProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.InputStream;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation policy is data: a supervisor putting a new version of escalation-policy.dmn in force
 * ({@code POST /api/escalation-policy}) changes the next proposal with no code change, and each proposal's event
 * names the version that made it.
 */
class EscalationPolicyVersionTest extends EngineTestSupport {

    @Autowired
    RepositoryService repository;
    @LocalServerPort
    int port;

    @Test
    void aNewVersionOfThePolicyDecidesTheNextEscalations() throws Exception {
        String first = slowOn(4); // 市工业和信息化局's first strike, under the policy as shipped
        assertThat(proposal("supervisor", 4)).isEqualTo("CRITICISM");

        deployPolicyWithFirstStrike("REMINDER");

        String second = slowOn(14); // the same unit's first strike on another task, under the new version
        assertThat(proposal("supervisor", 14)).isEqualTo("REMINDER");
        assertThat(events.payload(first, 7)).contains("\"proposedStep\":\"CRITICISM\"")
                .contains("\"policy\":{\"decisionKey\":\"escalation-policy\",\"version\":1}");
        assertThat(events.payload(second, 7)).contains("\"proposedStep\":\"REMINDER\"")
                .contains("\"policy\":{\"decisionKey\":\"escalation-policy\",\"version\":2}");
    }

    /** Task {@code number} (lead unit gxj) is inspected, acknowledged, reported and assessed slow: a first strike. */
    private String slowOn(int number) {
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + number + "}");
        complete("gxj", number, DispatchProcess.Elements.ACKNOWLEDGE, "{\"responsiblePerson\":\"李四\"}");
        complete("gxj", number, FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT,
                "{\"text\":\"进展\",\"percentComplete\":10}");
        complete("supervisor", number, FollowUpProcess.Elements.REVIEW_REPORT,
                "{\"reviewDecision\":\"ACCEPT\",\"assessment\":\"SLOW\"}");
        return api.ledgerRow(number).get("taskId").asText();
    }

    private String proposal(String user, int number) {
        return item(user, number, EscalationProcess.Elements.DECIDE_STEP).get("values").get("step").asText();
    }

    private void deployPolicyWithFirstStrike(String step) throws Exception {
        DmnModelInstance policy;
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream(EscalationPolicy.RESOURCE)) {
            policy = Dmn.readModelFromStream(shipped);
        }
        Decision decision = policy.getModelElementById(EscalationPolicy.DECISION);
        DecisionTable table = (DecisionTable) decision.getExpression();
        Rule firstStrike = table.getRules().stream()
                .filter(rule -> rule.getInputEntries().iterator().next().getText().getTextContent().strip().equals("1"))
                .findFirst().orElseThrow();
        firstStrike.getOutputEntries().iterator().next().getText().setTextContent("\"" + step + "\"");
        Doors.Answer deployed = new Doors(port).call("supervisor", "POST", "/api/escalation-policy",
                "application/xml", Dmn.convertToString(policy), java.util.Map.of());
        assertThat(deployed.status()).as("%s", deployed).isEqualTo(201);
        assertThat(deployed.json().get("version").asInt()).isEqualTo(2);
    }

    /** A policy that would leave a process without an answer is refused, and the one in force stays. */
    @Test
    void aPolicyThatAnswersNothingForSomeRecordIsRefused() throws Exception {
        DmnModelInstance policy;
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream(EscalationPolicy.RESOURCE)) {
            policy = Dmn.readModelFromStream(shipped);
        }
        DecisionTable table = (DecisionTable) ((Decision) policy.getModelElementById(EscalationPolicy.DECISION))
                .getExpression();
        Rule firstStrike = table.getRules().stream()
                .filter(rule -> rule.getInputEntries().iterator().next().getText().getTextContent().strip().equals("1"))
                .findFirst().orElseThrow();
        firstStrike.getOutputEntries().iterator().next().getText().setTextContent("\"PARDON\"");
        Doors doors = new Doors(port);

        Doors.Answer unknownStep = doors.call("supervisor", "POST", "/api/escalation-policy", "application/xml",
                Dmn.convertToString(policy), java.util.Map.of());
        Doors.Answer notDmn = doors.call("supervisor", "POST", "/api/escalation-policy", "application/xml",
                "<definitions/>", java.util.Map.of());
        Doors.Answer byAUnit = doors.call("gxj", "POST", "/api/escalation-policy", "application/xml",
                Dmn.convertToString(policy), java.util.Map.of());

        assertThat(unknownStep.status()).isEqualTo(400);
        assertThat(unknownStep.detail()).startsWith("body: escalation-policy answers PARDON for {")
                .contains("expected one of [REMINDER, CRITICISM, ADMONITION, ACCOUNTABILITY]");
        assertThat(notDmn.status()).isEqualTo(400);
        assertThat(byAUnit.status()).isEqualTo(403);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(EscalationPolicy.DECISION)
                .latestVersion().singleResult().getVersion()).isEqualTo(1);
    }

    private JsonNode item(String user, int number, String step) {
        JsonNode items = api.get(user, "/api/work-items?taskNumber=" + number + "&step=" + step).body();
        assertThat(items).as("%s's %s on task %d", user, step, number).hasSize(1);
        return items.get(0);
    }

    private void complete(String user, int number, String step, String form) {
        Api.Response done = api.post(user, "/api/work-items/" + item(user, number, step).get("id").asText(), form);
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
    }
}
