package gov.supervision.app.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess.Elements;
import gov.supervision.bpmn.FollowUpProcess;
import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.TaskId;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/** A lead unit acknowledges and reports through the REST API; every step lands in the event log and the ledger. */
class DispatchStepsTest extends EngineTestSupport {

    @Autowired
    TaskService camundaTasks;
    @Autowired
    CommandGateway commands;


    @Test
    void theLeadUnitAcknowledgesThenReportsAndTheEventsAndLedgerFollow() {
        String taskId = inspect(9);
        JsonNode acknowledge = workItem("gxj", 9);
        assertThat(acknowledge.get("step").asText()).isEqualTo(Elements.ACKNOWLEDGE);
        assertThat(acknowledge.get("unitId").asText()).isEqualTo("gxj");

        Api.Response acknowledged = api.post("gxj", "/api/work-items/" + acknowledge.get("id").asText(),
                "{\"responsiblePerson\":\"李四\"}");

        assertThat(acknowledged.status()).isEqualTo(200);
        // acknowledging starts the follow-up: its first round asks at once for a report, and close-out is open
        assertThat(acknowledged.body().get("next").findValuesAsText("step"))
                .containsExactlyInAnyOrder(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT,
                        FollowUpProcess.Elements.REQUEST_CLOSE_OUT);
        JsonNode report = workItem("gxj", 9, FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(report.get("dueId").asText()).isEqualTo("report/1/gxj");
        awaitLedgerStatus(9, "ACKNOWLEDGED");

        Api.Response reported = api.post("gxj", "/api/work-items/" + report.get("id").asText(),
                "{\"text\":\"制造业增加值增长6.2%\",\"percentComplete\":40,\"problems\":\"无\",\"nextSteps\":\"继续推进\"}");

        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.body().get("next").findValuesAsText("step"))
                .containsExactly(FollowUpProcess.Elements.REQUEST_CLOSE_OUT);
        assertThat(events.types(taskId)).containsExactly("TaskRegistered", "TaskDispatched", "TaskAcknowledged",
                "FollowUpStarted", "FollowUpRoundOpened", "ProgressReported");
        assertThat(events.payload(taskId, 2)).contains("\"responsiblePerson\":\"李四\"")
                .contains("\"actor\":{\"userId\":\"gxj\",\"role\":\"UNIT\",\"unitId\":\"gxj\"}");
        assertThat(events.payload(taskId, 5)).contains("\"percentComplete\":40").contains("\"round\":1");
        JsonNode row = awaitLedgerStatus(9, "REPORTED");
        assertThat(row.get("percentComplete").isNull()).as("from the last accepted report: none yet").isTrue();
        assertThat(row.get("lastReportAt").isNull()).isFalse();
        assertThat(row.get("lastAction").asText()).isEqualTo("progress reported by 市工业和信息化局 (40%)");

        JsonNode history = api.get("auditor", "/api/tasks/" + taskId + "/history").body();
        assertThat(StreamSupport.stream(history.spliterator(), false).map(e -> e.get("sequence").asInt()))
                .containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(history.get(1).get("type").asText()).isEqualTo("TaskDispatched");
        assertThat(history.get(1).get("actor").get("userId").asText()).isEqualTo("supervisor");
        assertThat(history.get(5).get("actor").get("userId").asText()).isEqualTo("gxj");
        assertThat(history.get(5).get("payload").get("nextSteps").asText()).isEqualTo("继续推进");
    }

    @Test
    void everyLeadUnitOfATaskAcknowledgesForItself() {
        String taskId = inspect(33); // lead units 市发展改革委 and 市工业和信息化局
        api.post("fgw", "/api/work-items/" + workItem("fgw", 33).get("id").asText(), "{\"responsiblePerson\":\"张三\"}");
        JsonNode partly = awaitLedger(33, row -> row.get("lastAction").asText().equals("acknowledged by 市发展改革委"));
        assertThat(partly.get("status").asText()).isEqualTo("DISPATCHED");

        api.post("gxj", "/api/work-items/" + workItem("gxj", 33).get("id").asText(), "{\"responsiblePerson\":\"李四\"}");

        awaitLedgerStatus(33, "ACKNOWLEDGED");
        assertThat(events.types(taskId)).containsExactly("TaskRegistered", "TaskDispatched", "TaskAcknowledged",
                "TaskAcknowledged", "FollowUpStarted", "FollowUpRoundOpened");
    }

    @Test
    void aUnitSeesAndCompletesOnlyItsOwnWork() {
        String taskId = inspect(11); // lead unit 市市场监管局 (scjgj), cooperating 市工业和信息化局 (gxj)
        String item = workItem("scjgj", 11).get("id").asText();
        long before = events.count();

        assertThat(api.get("gxj", "/api/work-items").body().findValuesAsText("taskId")).doesNotContain(taskId);
        Api.Response otherUnit = api.post("gxj", "/api/work-items/" + item, "{\"responsiblePerson\":\"冒名\"}");
        Api.Response supervisor = api.post("supervisor", "/api/work-items/" + item, "{\"responsiblePerson\":\"冒名\"}");
        Api.Response unrelatedUnitsHistory = api.get("jtysj", "/api/tasks/" + taskId + "/history");
        Api.Response cooperatingUnitsHistory = api.get("gxj", "/api/tasks/" + taskId + "/history");
        Api.Response otherUnitsLedger = api.get("gxj", "/api/ledger?leadUnit=scjgj");

        assertThat(otherUnit.status()).isEqualTo(404);
        assertThat(otherUnit.detail()).isEqualTo("no open work item " + item + " for user gxj");
        assertThat(supervisor.status()).isEqualTo(404);
        assertThat(unrelatedUnitsHistory.status()).isEqualTo(404);
        assertThat(cooperatingUnitsHistory.status()).isEqualTo(200);
        assertThat(otherUnitsLedger.body()).isEmpty();
        assertThat(api.get("scjgj", "/api/tasks/" + taskId + "/history").status()).isEqualTo(200);
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void badFormDataIsRejectedWithTheFieldAndTheTaskStaysOpen() {
        String taskId = inspect(13); // lead unit 市人力资源社会保障局 (rsj)
        String acknowledge = workItem("rsj", 13).get("id").asText();

        Api.Response missing = api.post("rsj", "/api/work-items/" + acknowledge, "{}");
        Api.Response unknownField = api.post("rsj", "/api/work-items/" + acknowledge,
                "{\"responsiblePerson\":\"王五\",\"actor\":\"supervisor\"}");
        api.post("rsj", "/api/work-items/" + acknowledge, "{\"responsiblePerson\":\"王五\"}");
        String report = workItem("rsj", 13, FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT).get("id").asText();
        Api.Response tooMuch = api.post("rsj", "/api/work-items/" + report, "{\"text\":\"完成\",\"percentComplete\":101}");
        Api.Response notANumber = api.post("rsj", "/api/work-items/" + report,
                "{\"text\":\"完成\",\"percentComplete\":\"一半\"}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.detail()).isEqualTo("responsiblePerson: is required by Acknowledge");
        assertThat(missing.body().get("field").asText()).isEqualTo("responsiblePerson");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.detail()).isEqualTo("actor: is not a field of Acknowledge; its fields are [responsiblePerson]");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body().get("field").asText()).isEqualTo("percentComplete");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(tooMuch.detail()).isEqualTo("percentComplete: must be between 0 and 100, was 101");
        assertThat(notANumber.detail()).isEqualTo("percentComplete: expected a whole number");
        assertThat(events.types(taskId)).containsExactly("TaskRegistered", "TaskDispatched", "TaskAcknowledged",
                "FollowUpStarted", "FollowUpRoundOpened");
        assertThat(camundaTasks.createTaskQuery().taskId(report).count()).isOne();
    }

    @Test
    void aCommandRejectedByTheTaskRollsBackTheUserTaskCompletion() {
        String taskId = inspect(14); // lead unit 市工业和信息化局
        String item = workItem("gxj", 14).get("id").asText();
        // the unit acknowledged by another way already: the process's acknowledgement must now be refused
        commands.sendAndWait(new AcknowledgeTask(TaskId.parse(taskId), "赵六", Actor.unit("gxj", "gxj"),
                Instant.now()));
        long before = events.count();

        Api.Response rejected = api.post("gxj", "/api/work-items/" + item, "{\"responsiblePerson\":\"李四\"}");

        assertThat(rejected.status()).isEqualTo(409);
        assertThat(rejected.detail()).isEqualTo("市工业和信息化局 has already acknowledged task 14 of plan 聊政发〔2021〕1号");
        assertThat(rejected.body().get("rule").asText()).isEqualTo("ALREADY_ACKNOWLEDGED");
        assertThat(events.count()).isEqualTo(before);
        assertThat(camundaTasks.createTaskQuery().taskId(item).count()).isOne();
        assertThat(camundaTasks.createTaskQuery().processInstanceBusinessKey(taskId)
                .taskDefinitionKey(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT).count()).isZero();
    }

    private String inspect(int taskNumber) {
        Api.Response started = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + taskNumber + "}");
        assertThat(started.body().get("started").asInt()).isOne();
        return api.ledgerRow(taskNumber).get("taskId").asText();
    }

    private JsonNode workItem(String unit, int taskNumber) {
        return workItem(unit, taskNumber, Elements.ACKNOWLEDGE);
    }

    private JsonNode workItem(String unit, int taskNumber, String step) {
        JsonNode items = api.get(unit, "/api/work-items?plan=" + PLAN + "&taskNumber=" + taskNumber
                + "&step=" + step).body();
        assertThat(items).as("%s's work items on task %d", unit, taskNumber).hasSize(1);
        assertThat(items.get(0).get("taskNumber").asInt()).isEqualTo(taskNumber);
        return items.get(0);
    }

    private JsonNode awaitLedgerStatus(int taskNumber, String status) {
        return awaitLedger(taskNumber, row -> status.equals(row.get("status").asText()));
    }

    /** The ledger follows the event log asynchronously: wait until the row shows what is expected. */
    private JsonNode awaitLedger(int taskNumber, Predicate<JsonNode> expected) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> expected.test(api.ledgerRow(taskNumber)));
        return api.ledgerRow(taskNumber);
    }
}
