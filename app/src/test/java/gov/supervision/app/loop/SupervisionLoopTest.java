package gov.supervision.app.loop;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.app.EngineTime;
import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.ExtensionProcess;
import gov.supervision.bpmn.FollowUpProcess;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One task through the whole loop, as its unit and a supervisor work it through the REST API while the engine's
 * clock moves: dispatch with a reminder, rounds, a slow assessment, criticism with an extended rectification, a
 * missed report and admonition, a missed rectification that brings accountability and raised supervision, a
 * returned and then accepted close-out that ends everything, and reopening.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class SupervisionLoopTest extends EngineTestSupport {

    /** Friday 8 January 2027, 09:00 in Liaocheng. */
    static final Instant START = Instant.parse("2027-01-08T01:00:00Z");
    static final String TASK = "8d468d9c-0458-33b8-908a-5d3a943343d7"; // task 9, lead unit 市工业和信息化局 (gxj)

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    EngineTime time;

    @BeforeEach
    void startTheClock() {
        time = new EngineTime(management);
        time.moveTo(START);
    }

    @AfterEach
    void resetTheClock() {
        EngineTime.reset();
    }

    @Test
    void oneTaskThroughTheWholeLoop() {
        inspect(9);
        JsonNode acknowledge = item("gxj", DispatchProcess.Elements.ACKNOWLEDGE);
        // 2 working days after a Friday: Tuesday 17:00 in Liaocheng
        assertThat(acknowledge.get("dueAt").asText()).isEqualTo("2027-01-12T09:00:00Z");

        time.moveTo(Instant.parse("2027-01-12T05:00:00Z")); // the reminder, 4 hours before
        time.moveTo(Instant.parse("2027-01-12T06:00:00Z"));
        complete("gxj", acknowledge, "{\"responsiblePerson\":\"李四\"}");
        JsonNode report1 = item("gxj", FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT);
        // the first round opens at once; its report is due the Tuesday 17:00 at least a day away
        assertThat(report1.get("dueId").asText()).isEqualTo("report/1/gxj");
        assertThat(report1.get("dueAt").asText()).isEqualTo("2027-01-19T09:00:00Z");

        complete("gxj", report1, "{\"text\":\"完成年度目标分解\",\"percentComplete\":20,\"evidence\":\"分解方案\"}");
        complete("supervisor", item("supervisor", FollowUpProcess.Elements.REVIEW_REPORT),
                "{\"reviewDecision\":\"ACCEPT\",\"assessment\":\"SLOW\"}");
        JsonNode decideFirst = item("supervisor", EscalationProcess.Elements.DECIDE_STEP);
        assertThat(decideFirst.get("values").get("step").asText()).isEqualTo("CRITICISM");
        complete("supervisor", decideFirst, "{\"step\":\"CRITICISM\"}");
        JsonNode rectifyFirst = item("gxj", EscalationProcess.Elements.RECTIFY);
        assertThat(rectifyFirst.get("dueId").asText()).isEqualTo("rect/E1");
        assertThat(rectifyFirst.get("dueAt").asText()).isEqualTo("2027-01-22T09:00:00Z"); // 10 days, 17:00

        Api.Response extension = api.post("gxj", "/api/tasks/" + TASK + "/extension-requests",
                "{\"dueId\":\"rect/E1\",\"requestedDueAt\":\"2027-01-26T17:00:00+08:00\",\"reason\":\"需协调资金\"}");
        assertThat(extension.status()).as(extension.body().toString()).isEqualTo(201);
        assertThat(extension.body().get("extensionId").asText()).isEqualTo("X1");
        complete("supervisor", item("supervisor", ExtensionProcess.Elements.DECIDE_EXTENSION),
                "{\"extensionDecision\":\"GRANT\",\"grantedDueAt\":\"2027-01-26T17:00:00+08:00\"}");
        assertThat(item("gxj", EscalationProcess.Elements.RECTIFY).get("dueAt").asText())
                .isEqualTo("2027-01-26T09:00:00Z");

        time.moveTo(Instant.parse("2027-01-15T01:00:00Z")); // Friday: round 2 opens
        assertThat(item("gxj", FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT).get("dueId").asText())
                .isEqualTo("report/2/gxj");
        time.moveTo(Instant.parse("2027-01-19T09:00:00Z")); // no report: a reminder, then the lapse
        JsonNode decideSecond = item("supervisor", EscalationProcess.Elements.DECIDE_STEP);
        assertThat(decideSecond.get("values").get("step").asText()).isEqualTo("ADMONITION");
        complete("supervisor", decideSecond, "{\"step\":\"ADMONITION\"}");

        JsonNode rectify = items("gxj", EscalationProcess.Elements.RECTIFY);
        assertThat(rectify.findValuesAsText("dueId")).containsExactlyInAnyOrder("rect/E1", "rect/E2");
        complete("gxj", find(rectify, "rect/E1"), "{\"rectificationText\":\"已整改\",\"rectificationEvidence\":\"整改报告\"}");
        complete("supervisor", item("supervisor", EscalationProcess.Elements.VERIFY_RECTIFICATION),
                "{\"verification\":\"ACCEPT\"}");

        time.moveTo(Instant.parse("2027-01-22T01:00:00Z")); // round 3
        time.moveTo(Instant.parse("2027-01-22T02:00:00Z"));
        complete("gxj", item("gxj", FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT),
                "{\"text\":\"项目开工\",\"percentComplete\":45}");
        complete("supervisor", item("supervisor", FollowUpProcess.Elements.REVIEW_REPORT),
                "{\"reviewDecision\":\"ACCEPT\",\"assessment\":\"ON_TRACK\"}");

        time.moveTo(Instant.parse("2027-01-26T09:00:00Z")); // the admonition's rectification lapses
        JsonNode decideThird = item("supervisor", EscalationProcess.Elements.DECIDE_STEP);
        assertThat(decideThird.get("values").get("step").asText()).isEqualTo("ACCOUNTABILITY");
        complete("supervisor", decideThird, "{\"step\":\"ACCOUNTABILITY\"}");
        awaitLedger(row -> row.get("raised").asBoolean() && row.get("strikes").asInt() == 3);

        complete("gxj", item("gxj", FollowUpProcess.Elements.REQUEST_CLOSE_OUT), "{\"completionEvidence\":\"验收报告\"}");
        Api.Response noReason = api.post("supervisor", "/api/work-items/"
                        + item("supervisor", FollowUpProcess.Elements.VERIFY_CLOSE_OUT).get("id").asText(),
                "{\"closeDecision\":\"RETURN\"}");
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.detail()).isEqualTo("reason: returning a completion request needs a reason");
        complete("supervisor", item("supervisor", FollowUpProcess.Elements.VERIFY_CLOSE_OUT),
                "{\"closeDecision\":\"RETURN\",\"closeReason\":\"缺少验收材料\"}");
        complete("gxj", item("gxj", FollowUpProcess.Elements.REQUEST_CLOSE_OUT),
                "{\"completionEvidence\":\"验收报告\\n验收材料\"}");
        complete("supervisor", item("supervisor", FollowUpProcess.Elements.VERIFY_CLOSE_OUT), "{\"closeDecision\":\"CLOSE\"}");

        // closed: no process, timer or user task of the task is left
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(TASK).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(TASK).list())
                .hasSizeGreaterThanOrEqualTo(6) // dispatch, follow-up, three escalations, the extension
                .allSatisfy(instance -> assertThat(management.createJobQuery()
                        .processInstanceId(instance.getId()).count()).isZero());
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(TASK).count()).isZero();
        JsonNode closed = awaitLedger(row -> row.get("status").asText().equals("CLOSED"));
        assertThat(closed.get("strikes").asInt()).isEqualTo(3);
        assertThat(closed.get("raised").asBoolean()).isFalse();
        assertThat(closed.get("round").asInt()).isEqualTo(3);
        assertThat(events.types(TASK)).containsExactly(
                "TaskRegistered", "TaskDispatched", "ReminderSent", "TaskAcknowledged", "FollowUpStarted",
                "FollowUpRoundOpened", "ProgressReported", "ReportAccepted", "EscalationProposed", "NoticeIssued",
                "ExtensionRequested", "ExtensionGranted", "FollowUpRoundOpened", "ReminderSent", "ReportOverdue",
                "EscalationProposed", "NoticeIssued", "RectificationReported", "RectificationVerified",
                "FollowUpRoundOpened", "ProgressReported", "ReportAccepted", "ReminderSent", "RectificationMissed",
                "EscalationProposed", "SupervisionRaised", "NoticeIssued", "CompletionRequested",
                "CompletionReturned", "CompletionRequested", "TaskClosed");
        assertThat(events.payload(TASK, 24)).contains("\"proposedStep\":\"ACCOUNTABILITY\"")
                .contains("\"strikes\":3").contains("\"policy\":{\"decisionKey\":\"escalation-policy\",\"version\":1}");
        assertThat(events.payload(TASK, 25)).contains("\"leadLeaders\":[\"陈秀兴\"]");

        Api.Response afterClose = api.post("gxj", "/api/tasks/" + TASK + "/contributions", "{\"text\":\"补充\"}");
        assertThat(afterClose.status()).isEqualTo(409);

        Api.Response reopened = api.post("supervisor", "/api/tasks/" + TASK + "/reopen", "{\"reason\":\"复查发现未完成\"}");
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(item("gxj", FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT).get("dueId").asText())
                .isEqualTo("report/4/gxj");
        assertThat(events.types(TASK)).endsWith("TaskClosed", "TaskReopened", "FollowUpStarted", "FollowUpRoundOpened");
        JsonNode chain = api.get("auditor", "/api/audit/verification?task=" + TASK).body();
        assertThat(chain.get("intact").asBoolean()).as("the task's whole history chains: %s", chain).isTrue();
        assertThat(chain.get("events").asInt()).isEqualTo(events.types(TASK).size());
        assertThat(awaitLedger(row -> row.get("status").asText().equals("REPORTED")).get("closedAt").isNull())
                .isTrue();
    }

    @Test
    void extensionsAreRefusedAfterTheDueTimeAndBadRequestsChangeNothing() {
        inspect(14);
        String task14 = api.ledgerRow(14).get("taskId").asText();
        time.moveTo(Instant.parse("2027-01-12T10:00:00Z")); // after the acknowledgement's due time
        long before = events.count(); // the lapse is recorded by now

        Api.Response late = api.post("gxj", "/api/tasks/" + task14 + "/extension-requests",
                "{\"dueId\":\"ack/gxj\",\"requestedDueAt\":\"2027-01-20T17:00:00+08:00\",\"reason\":\"人员不足\"}");
        Api.Response noReason = api.post("gxj", "/api/tasks/" + task14 + "/extension-requests",
                "{\"dueId\":\"ack/gxj\",\"requestedDueAt\":\"2027-01-20T17:00:00+08:00\",\"reason\":\"\"}");
        Api.Response bySupervisor = api.post("supervisor", "/api/tasks/" + task14 + "/extension-requests",
                "{\"dueId\":\"ack/gxj\",\"requestedDueAt\":\"2027-01-20T17:00:00+08:00\",\"reason\":\"x\"}");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.detail()).isEqualTo("nothing is due under ack/gxj on task 14 of plan 聊政发〔2021〕1号 "
                + "(it was met, missed or never set)");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.detail()).isEqualTo("reason: must not be blank");
        assertThat(bySupervisor.status()).isEqualTo(403);
        assertThat(events.count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).count()).isZero();
    }

    private void inspect(int taskNumber) {
        Api.Response started = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + taskNumber + "}");
        assertThat(started.body().get("started").asInt()).isOne();
    }

    /** The user's open work on task 9 at one step. */
    private JsonNode items(String user, String step) {
        return api.get(user, "/api/work-items?taskNumber=9&step=" + step).body();
    }

    private JsonNode item(String user, String step) {
        JsonNode items = items(user, step);
        assertThat(items).as("%s's open %s", user, step).hasSize(1);
        return items.get(0);
    }

    private static JsonNode find(JsonNode items, String dueId) {
        for (JsonNode item : items) {
            if (item.get("dueId").asText().equals(dueId)) {
                return item;
            }
        }
        throw new AssertionError("no work item for " + dueId);
    }

    private void complete(String user, JsonNode item, String form) {
        Api.Response response = api.post(user, "/api/work-items/" + item.get("id").asText(), form);
        assertThat(response.status()).as("%s completes %s: %s", user, item.get("name").asText(), response.body())
                .isEqualTo(200);
    }

    private JsonNode awaitLedger(Predicate<JsonNode> expected) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> expected.test(api.ledgerRow(9)));
        return api.ledgerRow(9);
    }
}
