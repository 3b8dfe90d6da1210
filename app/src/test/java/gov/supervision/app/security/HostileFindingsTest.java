package gov.supervision.app.security;

import gov.supervision.app.Doors;
import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.FollowUpProcess;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.ImportTask;
import gov.supervision.command.task.api.InvalidText;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.Unit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static gov.supervision.app.Api.PLAN;
import static gov.supervision.app.Doors.headers;
import static gov.supervision.app.Doors.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each finding of the hostile review (issue 9), as it was tried on the main of then, now refused. A unit's login is
 * treated as an adversary with the README, curl and Camunda's REST reference in hand.
 */
@TestPropertySource(properties = {"supervision.security.login.free-attempts=3",
        "supervision.security.login.max-delay=300ms"})
class HostileFindingsTest extends EngineTestSupport {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    CommandGateway commands;
    @Autowired
    ServletWebServerApplicationContext server;

    Doors doors;

    @BeforeEach
    void doors() {
        doors = new Doors(port);
    }

    private String inspect(int taskNumber) {
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + taskNumber
                + "}");
        return api.ledgerRow(taskNumber).get("taskId").asText();
    }

    private String workItem(String user, int taskNumber, String step) {
        JsonNode items = doors.get(user, "/api/work-items?taskNumber=" + taskNumber + "&step=" + step).json();
        assertThat(items).as("%s's %s on task %d", user, step, taskNumber).hasSize(1);
        return items.get(0).get("id").asText();
    }

    private Job dueTimer(String taskId) {
        String dispatch = runtime.createProcessInstanceQuery().processDefinitionKey(DispatchProcess.KEY)
                .processInstanceBusinessKey(taskId).singleResult().getId();
        return management.createJobQuery().timers().activityId(DispatchProcess.Elements.TIMER_DUE)
                .processInstanceId(dispatch).singleResult();
    }

    /** 1. A unit moved any unit's due time, with no decision and no event, by starting an extension at its end. */
    @Test
    void finding1_nobodyMovesADueTimeAroundTheTasksRecord() {
        String t1 = inspect(1); // lead unit 市发展改革委 (fgw)
        Date due = dueTimer(t1).getDuedate();
        long before = events.count();
        String start = "{\"businessKey\":\"" + t1 + "\",\"variables\":{\"taskId\":{\"value\":\"" + t1 + "\"},"
                + "\"planNumber\":{\"value\":\"" + PLAN + "\"},\"dueId\":{\"value\":\"ack/fgw\"},"
                + "\"newDueAt\":{\"value\":\"2099-01-01T00:00:00.000+0000\",\"type\":\"Date\"}},"
                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"ServiceTask_MoveDueTime\"}]}";

        Doors.Answer unitAtEngineRest = doors.post("gxj", "/engine-rest/process-definition/key/extension/start", start);
        Doors.Answer unitInTasklist = doors.webapp("gxj").call("POST",
                "/camunda/api/engine/engine/default/process-definition/key/extension/start", start);
        Doors.Answer administrator = doors.post("admin", "/engine-rest/process-definition/key/extension/start", start);
        Doors.Answer message = doors.post("admin", "/engine-rest/message", "{\"messageName\":\"DueExtended-ack/fgw\","
                + "\"businessKey\":\"" + t1 + "\"}");

        assertThat(List.of(unitAtEngineRest, unitInTasklist, administrator, message)).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(403);
            assertThat(answer.isProblem()).as("%s", answer).isTrue();
        });
        assertThat(dueTimer(t1).getDuedate()).isEqualTo(due);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("extension")
                .processInstanceBusinessKey(t1).count()).isZero();

        // even a "more time granted" message the engine itself received moves nothing the record did not grant
        runtime.createMessageCorrelation(TaskVariables.dueExtendedMessage("ack/fgw")).processInstanceBusinessKey(t1)
                .setVariable(TaskVariables.NEW_DUE_AT, Date.from(Instant.parse("2099-01-01T00:00:00Z")))
                .correlateWithResult();
        assertThat(dueTimer(t1).getDuedate()).isEqualTo(due);
        assertThat(events.count()).isEqualTo(before);
        assertThat(doors.get("auditor", "/api/reconciliation").json().get("consistent").asBoolean()).isTrue();

        // and a timer moved behind the engine's back (in the database) is what reconciliation names
        jdbc.update("UPDATE act_ru_job SET duedate_ = ? WHERE id_ = ?", java.sql.Timestamp.from(Instant.parse(
                "2099-01-01T00:00:00Z")), dueTimer(t1).getId());
        try {
            JsonNode report = doors.get("auditor", "/api/reconciliation").json();
            assertThat(report.get("consistent").asBoolean()).isFalse();
            assertThat(report.get("mismatches")).anySatisfy(mismatch -> {
                assertThat(mismatch.get("kind").asText()).isEqualTo("DUE_TIME_DIFFERS");
                assertThat(mismatch.get("taskId").asText()).isEqualTo(t1);
                assertThat(mismatch.get("reference").asText()).isEqualTo("ack/fgw");
                assertThat(mismatch.get("detail").asText()).contains("2099-01-01T00:00:00Z")
                        .contains("the task's events say ack/fgw is due at " + due.toInstant());
            });
        } finally {
            jdbc.update("UPDATE act_ru_job SET duedate_ = ? WHERE id_ = ?", new java.sql.Timestamp(due.getTime()),
                    dueTimer(t1).getId());
        }
    }

    /** 2. A unit rewrote its work item's variables and booked the step on another task. */
    @Test
    void finding2_aWorkItemIsCompletedWithItsFormsFieldsOnItsOwnTaskOnly() {
        String t14 = inspect(14); // both 市工业和信息化局 (gxj)
        String t15 = inspect(15);
        String item = workItem("gxj", 14, DispatchProcess.Elements.ACKNOWLEDGE);
        Doors.Webapp tasklist = doors.webapp("gxj");
        String engine = "/camunda/api/engine/engine/default/task/" + item;
        long before = events.count();

        Doors.Answer setVariable = tasklist.call("PUT", engine + "/variables/taskId",
                "{\"value\":\"" + t15 + "\",\"type\":\"String\"}");
        Doors.Answer completeWithIt = tasklist.call("POST", engine + "/complete",
                "{\"variables\":{\"taskId\":{\"value\":\"" + t15 + "\"},\"responsiblePerson\":{\"value\":\"李四\"}}}");
        Doors.Answer submitWithIt = tasklist.call("POST", engine + "/submit-form",
                "{\"variables\":{\"taskId\":{\"value\":\"" + t15 + "\"},\"responsiblePerson\":{\"value\":\"李四\"}}}");
        Doors.Answer completeEmpty = tasklist.call("POST", engine + "/complete", "{}");
        Doors.Answer bpmnError = tasklist.call("POST", engine + "/bpmnError", "{\"errorCode\":\"done\"}");
        Doors.Answer administrator = doors.post("admin", "/engine-rest/task/" + item + "/complete",
                "{\"variables\":{\"taskId\":{\"value\":\"" + t15 + "\"},\"responsiblePerson\":{\"value\":\"李四\"}}}");

        assertThat(setVariable.status()).as("%s", setVariable).isEqualTo(403);
        assertThat(completeWithIt.status()).as("%s", completeWithIt).isEqualTo(400);
        assertThat(completeWithIt.json().get("field").asText()).isEqualTo("taskId");
        assertThat(submitWithIt.status()).as("%s", submitWithIt).isEqualTo(400);
        assertThat(completeEmpty.status()).as("%s", completeEmpty).isEqualTo(400);
        assertThat(completeEmpty.detail()).isEqualTo("responsiblePerson: is required by Acknowledge");
        assertThat(bpmnError.status()).as("%s", bpmnError).isEqualTo(403);
        assertThat(administrator.status()).as("%s", administrator).isEqualTo(400);
        assertThat(List.of(setVariable, completeWithIt, submitWithIt, completeEmpty, bpmnError, administrator))
                .allSatisfy(answer -> assertThat(answer.isProblem()).as("%s", answer).isTrue());
        assertThat(events.count()).isEqualTo(before);

        // were the variable changed all the same, the step would not be booked on task 15
        String execution = tasks.createTaskQuery().taskId(item).singleResult().getExecutionId();
        runtime.setVariable(execution, TaskVariables.TASK_ID, t15);
        try {
            Doors.Answer booked = doors.post("gxj", "/api/work-items/" + item, "{\"responsiblePerson\":\"李四\"}");
            assertThat(booked.status()).as("%s", booked).isEqualTo(403);
            assertThat(booked.detail()).contains("belongs to task " + t14);
        } finally {
            runtime.setVariable(execution, TaskVariables.TASK_ID, t14);
        }
        assertThat(events.types(t15)).doesNotContain("TaskAcknowledged");
        assertThat(events.types(t14)).doesNotContain("TaskAcknowledged");
        assertThat(doors.post("gxj", "/api/work-items/" + item, "{\"responsiblePerson\":\"李四\"}").status())
                .isEqualTo(200);
        assertThat(events.types(t14)).contains("TaskAcknowledged");
    }

    /** 3. A leader read another leader's tasks by editing its profile; a unit deleted its own account. */
    @Test
    void finding3_whoAUserIsComesFromTheDirectoriesAndNobodyEditsItsOwnAccount() {
        Doors.Webapp gxj = doors.webapp("gxj");
        Doors.Answer rename = gxj.call("PUT", "/camunda/api/engine/engine/default/user/gxj/profile",
                "{\"id\":\"gxj\",\"firstName\":\"市发展改革委\",\"lastName\":\"x\"}");
        Doors.Answer delete = doors.webapp("ggw").call("DELETE", "/camunda/api/engine/engine/default/user/ggw", null);
        Doors.Answer deleteAtEngineRest = doors.call("ggw", "DELETE", "/engine-rest/user/ggw", null, null, Map.of());

        assertThat(rename.status()).as("%s", rename).isEqualTo(403);
        assertThat(delete.status()).as("%s", delete).isEqualTo(403);
        assertThat(deleteAtEngineRest.status()).as("%s", deleteAtEngineRest).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("ggw").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("gxj").singleResult().getFirstName()).isEqualTo("市工业和信息化局");

        // a profile edited all the same (by an administrator, say) changes no one's identity
        User leader = identity.createUserQuery().userId("chenxiuxing").singleResult();
        leader.setFirstName("何宪卓");
        identity.saveUser(leader);
        try {
            JsonNode view = doors.get("chenxiuxing", "/api/leader-view").json();
            assertThat(view.get("leader").asText()).isEqualTo("陈秀兴");
            assertThat(doors.get("chenxiuxing", "/api/leader-view" + param("leader", "何宪卓")).status())
                    .isEqualTo(403);
            assertThat(doors.get("chenxiuxing", "/api/ledger" + param("leader", "何宪卓")).json()).isEmpty();
        } finally {
            leader.setFirstName("陈秀兴");
            identity.saveUser(leader);
        }
    }

    /** 4. Anyone could lock any account for good with ten wrong passwords. */
    @Test
    void finding4_wrongPasswordsSlowGuessingButLockNobodyOut() throws Exception {
        for (int attempt = 1; attempt <= 10; attempt++) {
            Doors.Answer wrong = doors.call("fl", "wrong", "GET", "/api/ledger", null, null, Map.of());
            assertThat(wrong.status()).as("attempt %d: %s", attempt, wrong).isEqualTo(401);
            assertThat(wrong.isProblem()).isTrue();
            if (attempt >= 3) {
                Doors.Answer right = doors.get("fl", "/api/ledger");
                assertThat(right.status()).as("at once after failure %d: %s", attempt, right).isEqualTo(429);
                assertThat(right.isProblem()).isTrue();
            }
            Thread.sleep(350); // the delay (max-delay here) passes, as the finding waited for each lock to expire
        }
        Doors.Answer wrong = doors.call("fl", "wrong", "GET", "/api/ledger", null, null, Map.of());
        Doors.Answer fromElsewhere = doors.raw("127.0.0.2", Doors.request("GET /api/ledger HTTP/1.1", "fl"));
        Thread.sleep(350);
        Doors.Answer right = doors.get("fl", "/api/ledger");
        Doors.Answer inTasklist = new Doors.Answer(doors.webapp("fl").login, null, null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(fromElsewhere.status()).as("%s", fromElsewhere).isEqualTo(200);
        assertThat(right.status()).as("%s", right).isEqualTo(200);
        assertThat(inTasklist.status()).isEqualTo(200);
    }

    /** 5. A page elsewhere could submit a plan in a supervisor's browser. */
    @Test
    void finding5_noCrossSiteRequestChangesAnything() throws Exception {
        String bulletin = Files.readString(Path.of("src/main/resources/bulletins/liaocheng-2021-02.txt"));
        String path = "/api/plan-imports" + param("plan", "聊政发〔2021〕2号");
        long before = events.count();

        Doors.Answer fromAnotherOrigin = doors.call("supervisor", "POST", path, "text/plain", bulletin,
                headers("Origin", "http://evil.example"));
        Doors.Answer fromAnotherSite = doors.call("supervisor", "POST", path, "text/plain", bulletin,
                headers("Sec-Fetch-Site", "cross-site"));
        Doors.Answer nullOrigin = doors.call("supervisor", "POST", "/api/inspections", "application/json",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":3}", headers("Origin", "null"));
        Doors.Answer sameOrigin = doors.call("supervisor", "POST", "/api/plan-imports/preview"
                + param("plan", "聊政发〔2021〕2号"), "text/plain", bulletin, headers("Origin",
                "http://localhost:" + port, "Sec-Fetch-Site", "same-origin"));

        assertThat(List.of(fromAnotherOrigin, fromAnotherSite, nullOrigin))
                .allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(403))
                .allSatisfy(answer -> assertThat(answer.detail()).startsWith("cross-site request refused"));
        assertThat(sameOrigin.status()).as("%s", sameOrigin).isEqualTo(200);
        assertThat(events.count()).isEqualTo(before);
    }

    /** 6. A supervisor could start follow-up before the acknowledgement, which was then refused for ever. */
    @Test
    void finding6_followUpStartsOnlyOnceEveryLeadUnitAcknowledged() {
        String t36 = inspect(36); // 市农业农村局 (nyncj)
        Doors.Answer early = doors.post("supervisor", "/api/tasks/" + t36 + "/follow-up/start", null);

        assertThat(early.status()).as("%s", early).isEqualTo(409);
        assertThat(early.json().get("rule").asText()).isEqualTo("NOT_ACKNOWLEDGED");
        assertThat(events.types(t36)).doesNotContain("FollowUpStarted");
        Doors.Answer acknowledged = doors.post("nyncj", "/api/work-items/"
                + workItem("nyncj", 36, DispatchProcess.Elements.ACKNOWLEDGE), "{\"responsiblePerson\":\"赵六\"}");
        assertThat(acknowledged.status()).as("%s", acknowledged).isEqualTo(200);
        assertThat(acknowledged.json().findValuesAsText("step")).contains(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(events.types(t36)).contains("TaskAcknowledged", "FollowUpStarted");
    }

    /** 7. Malformed input was accepted: coerced, cut down, or stored with NUL bytes and halves of surrogate pairs. */
    @Test
    void finding7_malformedInputIsRefusedNamingTheFieldAndChangesNothing() {
        String t35 = inspect(35); // 市大数据局 (dsjj); 市工业和信息化局 cooperates
        String ack = "/api/work-items/" + workItem("dsjj", 35, DispatchProcess.Elements.ACKNOWLEDGE);
        long before = events.count();
        Map<String, String> refusals = Map.of(
                "{\"responsiblePerson\":[{\"a\":1}]}", "responsiblePerson: expected text",
                "{\"responsiblePerson\":\"李\\u0000四\"}", "responsiblePerson: contains a NUL character at position 2",
                "{\"responsiblePerson\":\"李\\ud800\"}",
                "responsiblePerson: contains half of a surrogate pair (U+D800) at position 2",
                "{\"responsiblePerson\":\"李四\",\"actor\":\"supervisor\"}",
                "actor: is not a field of Acknowledge; its fields are [responsiblePerson]",
                "{\"responsiblePerson\":\"" + "李".repeat(101) + "\"}",
                "responsiblePerson: is 101 characters long; at most 100 are taken");
        refusals.forEach((body, detail) -> {
            Doors.Answer answer = doors.post("dsjj", ack, body);
            assertThat(answer.status()).as("%s → %s", body, answer).isEqualTo(400);
            assertThat(answer.detail()).isEqualTo(detail);
            assertThat(answer.json().get("field").asText()).isEqualTo(detail.substring(0, detail.indexOf(':')));
        });
        assertThat(events.count()).isEqualTo(before);

        assertThat(doors.post("dsjj", ack, "{\"responsiblePerson\":\"李四\"}").status()).isEqualTo(200);
        String report = workItem("dsjj", 35, FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT);
        long acknowledged = events.count();
        Doors.Answer overflow = doors.post("dsjj", "/api/work-items/" + report,
                "{\"text\":\"进展\",\"percentComplete\":4294967346}");
        Doors.Answer overflowInTasklist = doors.webapp("dsjj").call("POST", "/camunda/api/engine/engine/default/task/"
                + report + "/submit-form", "{\"variables\":{\"text\":{\"value\":\"进展\"},"
                + "\"percentComplete\":{\"value\":4294967346,\"type\":\"Long\"}}}");
        Doors.Answer fraction = doors.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":1.5}");
        Doors.Answer unknown = doors.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":35,\"force\":true}");
        // 11 MB announced: answered before they are sent
        Doors.Answer huge = doors.raw("127.0.0.1", Doors.request("POST /api/tasks/" + t35 + "/contributions HTTP/1.1",
                "gxj", "Content-Type: application/json", "Content-Length: " + 11 * 1024 * 1024));
        Doors.Answer tooLong = doors.post("gxj", "/api/tasks/" + t35 + "/contributions",
                "{\"text\":\"" + "字".repeat(10_001) + "\"}");

        assertThat(overflow.status()).as("%s", overflow).isEqualTo(400);
        assertThat(overflow.detail()).isEqualTo("percentComplete: must be between 0 and 100, was 4294967346");
        assertThat(overflowInTasklist.status()).as("%s", overflowInTasklist).isEqualTo(400);
        assertThat(overflowInTasklist.json().get("field").asText()).isEqualTo("percentComplete");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.json().get("field").asText()).isEqualTo("taskNumber");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.detail()).startsWith("force: is not a property of this request");
        assertThat(huge.status()).as("%s", huge).isEqualTo(413);
        assertThat(tooLong.status()).as("%s", tooLong).isEqualTo(400);
        assertThat(tooLong.detail()).isEqualTo("text: is 10001 characters long; at most 10000 are taken");
        assertThat(events.count()).isEqualTo(acknowledged);

        // a NUL in a plan's text fails its import at its line; no door can put one into an event
        String poisoned = "聊政发〔2021〕9号\n关于印发某某方案的通知\n一、任务\n1. 推进\u0000工作。（牵头单位：市发展改革委）\n";
        Doors.Answer imported = doors.call("supervisor", "POST", "/api/plan-imports", "text/plain", poisoned, Map.of());
        assertThat(imported.status()).as("%s", imported).isEqualTo(400);
        assertThat(imported.json().get("line").asInt()).isEqualTo(4);
        assertThatThrownBy(() -> commands.sendAndWait(new ImportTask(TaskId.of("聊政发〔2021〕9号", 1), "聊政发〔2021〕9号",
                1, "一、任务", "推进\u0000工作。", List.of(), List.of(new Unit("fgw", "市发展改革委")), List.of(),
                Actor.SYSTEM, Instant.now()))).isInstanceOf(InvalidText.class);
        assertThat(events.count()).isEqualTo(acknowledged);
        RecordSnapshot.take(doors, jdbc); // every projection reaches the log's head, none in error
    }

    /** 8. A reason a spreadsheet would run as a formula was exported as it was in the history CSV. */
    @Test
    void finding8_noCsvCellIsAFormula() {
        String t10 = inspect(10); // 市科技局 (kjj)
        Doors.Answer asked = doors.post("kjj", "/api/tasks/" + t10 + "/extension-requests",
                "{\"dueId\":\"ack/kjj\",\"requestedDueAt\":\"2199-01-01T17:00:00+08:00\","
                        + "\"reason\":\"=HYPERLINK(\\\"http://x/?\\\"&A1,\\\"详情\\\")\"}");
        assertThat(asked.status()).as("%s", asked).isEqualTo(201);

        String csv = doors.get("auditor", "/api/tasks/" + t10 + "/history?format=csv").body();
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(").doesNotContain(",\"=HYPERLINK(");
        // the record holds the text as given; only the CSV cell is made inert
        assertThat(doors.get("auditor", "/api/tasks/" + t10 + "/history?type=ExtensionRequested").json().get(0)
                .get("reason").asText()).startsWith("=HYPERLINK(");
    }

    /** 9. Answers leaked SQL, class names, the data path, and who owns a task. */
    @Test
    void finding9_noAnswerLeaksWhatItShouldNot() {
        String t36 = inspect(36); // 市农业农村局 (nyncj): nothing to do with 市工业和信息化局
        RecordSnapshot.take(doors, jdbc);
        jdbc.execute("ALTER TABLE ledger_row RENAME TO ledger_row_away");
        Doors.Answer failure;
        try {
            failure = doors.get("supervisor", "/api/ledger");
        } finally {
            jdbc.execute("ALTER TABLE ledger_row_away RENAME TO ledger_row");
        }
        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.isProblem()).isTrue();
        assertThat(failure.json().get("incident").asText()).matches("[0-9a-f-]{36}");
        assertThat(failure.body()).doesNotContain("ledger_row", "SELECT", "ERROR", "Exception", "org.", "java.");

        String health = doors.get(null, "/actuator/health").body();
        assertThat(health).isEqualTo("{\"status\":\"UP\"}");
        assertThat(doors.get("supervisor", "/actuator/health").body()).doesNotContain("diskSpace", "path");
        assertThat(doors.get("admin", "/actuator/health").body()).contains("diskSpace");

        String unknown = TaskId.of(PLAN, 9999).value();
        Doors.Answer notItsHistory = doors.get("gxj", "/api/tasks/" + t36 + "/history");
        Doors.Answer noSuchHistory = doors.get("gxj", "/api/tasks/" + unknown + "/history");
        String ask = "{\"dueId\":\"ack/nyncj\",\"requestedDueAt\":\"2199-01-01T17:00:00+08:00\",\"reason\":\"x\"}";
        Doors.Answer notItsTask = doors.post("gxj", "/api/tasks/" + t36 + "/extension-requests", ask);
        Doors.Answer noSuchTask = doors.post("gxj", "/api/tasks/" + unknown + "/extension-requests", ask);
        for (Doors.Answer[] pair : List.of(new Doors.Answer[]{notItsHistory, noSuchHistory},
                new Doors.Answer[]{notItsTask, noSuchTask})) {
            assertThat(pair[0].status()).as("%s", pair[0]).isEqualTo(404).isEqualTo(pair[1].status());
            assertThat(pair[0].detail().replace(t36, "?")).isEqualTo(pair[1].detail().replace(unknown, "?"));
        }

        List<Doors.Answer> refusals = List.of(
                doors.get(null, "/api/ledger"),
                doors.call("supervisor", "DELETE", "/api/ledger", null, null, Map.of()),
                doors.call("supervisor", "POST", "/api/inspections", "text/xml", "<x/>", Map.of()),
                doors.call("supervisor", "GET", "/api/ledger", null, null, headers("Accept", "image/png")),
                doors.get("gxj", "/api/projections"),
                doors.get("supervisor", "/api/nothing-here"),
                doors.raw("127.0.0.1", Doors.request("GET /api/tasks/%zz/history HTTP/1.1", "auditor")),
                doors.raw("127.0.0.1", Doors.request("GET /api/led%2Fger HTTP/1.1", "auditor")),
                doors.raw("127.0.0.1", Doors.request("FOO /api/ledger HTTP/1.1", "auditor")),
                doors.raw("127.0.0.1", "GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)),
                doors.get("supervisor", "/api/ledger?page=2147483647&size=1000"),
                doors.get("auditor", "/api/tasks/" + t36 + "/as-of?at=%2B999999999-12-31T00:00:00Z"),
                doors.get("supervisor", "/api/ledger?plan=%00"));
        assertThat(refusals.subList(0, 10)).extracting(Doors.Answer::status)
                .containsExactly(401, 405, 415, 406, 403, 404, 400, 400, 400, 400);
        assertThat(refusals.get(10).status()).isEqualTo(200);
        assertThat(refusals.get(10).json()).isEmpty();
        assertThat(refusals.subList(11, 13)).extracting(Doors.Answer::status).containsExactly(400, 400);
        assertThat(refusals).filteredOn(answer -> answer.status() >= 400)
                .allSatisfy(answer -> assertThat(answer.isProblem()).as("%s", answer).isTrue())
                .allSatisfy(answer -> assertThat(answer.body()).as("%s", answer)
                        .doesNotContain("Exception", "org.", "java.", "Tomcat", "<html"));
    }

    /** 10. Basic auth went over plain HTTP on every interface; the embedded database trusted every local user. */
    @Test
    void finding10_theEngineListensOnLoopbackOnly() throws Exception {
        // what the web server bound itself to, whatever interfaces this machine has
        Object bound = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector().getProperty("address");
        assertThat(bound).as("the connector's address").isInstanceOf(InetAddress.class);
        assertThat(((InetAddress) bound).isLoopbackAddress()).as("%s is loopback", bound).isTrue();
        List<InetAddress> elsewhere = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> !address.isLinkLocalAddress()).toList();
        for (InetAddress address : elsewhere) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2_000))
                        .as("the engine answers on %s", address).isInstanceOf(java.io.IOException.class);
            }
        }
        assertThat(doors.get(null, "/actuator/health").status()).isEqualTo(200); // on loopback it does
    }
}
