package gov.supervision.app.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.CommandLineOnTestDatabase;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.app.EngineTime;
import gov.supervision.app.WorkItems;
import gov.supervision.app.cli.Commands;
import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.ExtensionProcess;
import gov.supervision.bpmn.FollowUpProcess;
import gov.supervision.bpmn.TaskVariables;
import org.axonframework.config.EventProcessingConfiguration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * After real work on tasks in different states the event log and Camunda agree; each way of tampering with Camunda
 * behind the engine's back is then listed precisely, over REST and by the command line, with its exit code.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class ReconciliationTest extends EngineTestSupport {

    /** Friday 8 January 2027, 09:00 in Liaocheng. */
    static final Instant START = Instant.parse("2027-01-08T01:00:00Z");

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EventProcessingConfiguration processing;

    @AfterEach
    void resetTheClock() {
        EngineTime.reset();
    }

    @Test
    void theLogAndTheProcessesAgreeAfterRealWorkAndEachTamperingIsListed() {
        new EngineTime(management).moveTo(START);
        WorkItems work = new WorkItems(api);
        for (int task : List.of(1, 2, 9, 14)) {
            assertThat(api.post("supervisor", "/api/inspections",
                    "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + task + "}").body().get("started").asInt())
                    .isOne();
        }
        String task1 = api.ledgerRow(1).get("taskId").asText();
        String task2 = api.ledgerRow(2).get("taskId").asText();
        String task9 = api.ledgerRow(9).get("taskId").asText();
        String task14 = api.ledgerRow(14).get("taskId").asText();
        // task 1 (市发展改革委): acknowledged, close-out requested, closed
        work.complete("fgw", 1, DispatchProcess.Elements.ACKNOWLEDGE, "{\"responsiblePerson\":\"王五\"}");
        work.complete("fgw", 1, FollowUpProcess.Elements.REQUEST_CLOSE_OUT, "{\"completionEvidence\":\"验收报告\"}");
        work.complete("supervisor", 1, FollowUpProcess.Elements.VERIFY_CLOSE_OUT, "{\"closeDecision\":\"CLOSE\"}");
        // task 2 (市财政局): acknowledged; its follow-up stopped and started again, now a process on its own
        work.complete("czj", 2, DispatchProcess.Elements.ACKNOWLEDGE, "{\"responsiblePerson\":\"赵六\"}");
        assertThat(api.post("supervisor", "/api/tasks/" + task2 + "/follow-up/stop", "{\"reason\":\"暂缓调度\"}")
                .status()).isEqualTo(200);
        assertThat(api.post("supervisor", "/api/tasks/" + task2 + "/follow-up/start", null).status()).isEqualTo(200);
        // task 9 (市工业和信息化局): reported, assessed slow, criticised with a rectification order, more time asked
        work.complete("gxj", 9, DispatchProcess.Elements.ACKNOWLEDGE, "{\"responsiblePerson\":\"李四\"}");
        work.complete("gxj", 9, FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT,
                "{\"text\":\"完成年度目标分解\",\"percentComplete\":20}");
        work.complete("supervisor", 9, FollowUpProcess.Elements.REVIEW_REPORT,
                "{\"reviewDecision\":\"ACCEPT\",\"assessment\":\"SLOW\"}");
        work.complete("supervisor", 9, EscalationProcess.Elements.DECIDE_STEP, "{\"step\":\"CRITICISM\"}");
        assertThat(api.post("gxj", "/api/tasks/" + task9 + "/extension-requests",
                "{\"dueId\":\"rect/E1\",\"requestedDueAt\":\"2027-02-26T17:00:00+08:00\",\"reason\":\"需协调资金\"}")
                .status()).isEqualTo(201);
        // task 14 (市工业和信息化局): dispatched, not acknowledged yet

        JsonNode consistent = reconcile("auditor");
        assertThat(consistent.get("mismatches")).as(consistent.toString()).isEmpty();
        assertThat(consistent.get("consistent").asBoolean()).isTrue();
        assertThat(consistent.get("tasks").asInt()).isEqualTo(150);
        // dispatch and follow-up of 9, its escalation E1 and extension X1; dispatch of 14; follow-up of 2
        assertThat(consistent.get("processes").asInt()).isEqualTo(6);
        CommandLineOnTestDatabase commandLine = new CommandLineOnTestDatabase(jdbc.getDataSource(), processing);
        CommandLineOnTestDatabase.Result agreed = commandLine.run("reconcile");
        assertThat(agreed.exit()).as(agreed.out()).isEqualTo(Commands.OK);
        assertThat(agreed.lines()).containsExactly("consistent: 150 tasks, 6 processes");

        // task 14 asks for more time to acknowledge, then acknowledges anyway: the request is moot, and its process
        // ends with the acknowledgement
        Api.Response asked = api.post("gxj", "/api/tasks/" + task14 + "/extension-requests",
                "{\"dueId\":\"ack/gxj\",\"requestedDueAt\":\"2027-01-20T17:00:00+08:00\",\"reason\":\"人员调整\"}");
        assertThat(asked.body().get("extensionId").asText()).isEqualTo("X1");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY)
                .processInstanceBusinessKey(task14).count()).isOne();
        work.complete("gxj", 14, DispatchProcess.Elements.ACKNOWLEDGE, "{\"responsiblePerson\":\"孙七\"}");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY)
                .processInstanceBusinessKey(task14).count()).isZero();
        JsonNode stillConsistent = reconcile("auditor");
        assertThat(stillConsistent.get("mismatches")).as(stillConsistent.toString()).isEmpty();
        // dispatch and follow-up of 14 now
        assertThat(stillConsistent.get("processes").asInt()).isEqualTo(7);
        // behind the engine's back: task 2's follow-up deleted, stray processes for closed, open and unknown tasks
        runtime.deleteProcessInstance(instance(FollowUpProcess.KEY, task2), "tampering");
        String strayForClosed = stray(ExtensionProcess.KEY, task1, ExtensionProcess.Variables.EXTENSION_ID, "X9",
                ExtensionProcess.Elements.DECIDE_EXTENSION);
        String strayForOpen = stray(EscalationProcess.KEY, task9, EscalationProcess.Variables.ESCALATION_ID, "E7",
                EscalationProcess.Elements.DECIDE_STEP);
        String strayForUnknown = stray(EscalationProcess.KEY, "no-such-task",
                EscalationProcess.Variables.ESCALATION_ID, "E1", EscalationProcess.Elements.DECIDE_STEP);

        JsonNode report = reconcile("supervisor");
        assertThat(report.get("consistent").asBoolean()).isFalse();
        assertThat(report.get("tasks").asInt()).isEqualTo(150);
        assertThat(report.get("processes").asInt()).isEqualTo(7 - 1 + 3);
        List<JsonNode> mismatches = new ArrayList<>();
        report.get("mismatches").forEach(mismatches::add);
        assertThat(mismatches).extracting(m -> m.get("kind").asText(), m -> m.get("taskNumber").asInt(),
                m -> m.get("taskId").asText(), m -> m.get("processKey").asText(),
                m -> m.get("reference").asText(null), m -> m.get("processInstanceId").asText(null)).containsExactly(
                tuple("PROCESS_FOR_CLOSED_TASK", 1, task1, "extension", "X9", strayForClosed),
                tuple("MISSING_PROCESS", 2, task2, "follow-up", null, null),
                tuple("UNEXPECTED_PROCESS", 9, task9, "escalation", "E7", strayForOpen),
                tuple("PROCESS_FOR_UNKNOWN_TASK", 0, "no-such-task", "escalation", "E1", strayForUnknown));
        assertThat(mismatches.get(0).get("planNumber").asText()).isEqualTo(PLAN);
        assertThat(mismatches.get(3).get("planNumber").isNull()).isTrue();
        assertThat(mismatches.get(3).get("taskNumber").isNull()).isTrue();
        assertThat(mismatches).extracting(m -> m.get("detail").asText()).satisfiesExactly(
                closed -> assertThat(closed).matches("the task was closed \\(TaskClosed, event \\d+, "
                        + "2027-01-08T01:00:00Z\\): it runs no process, yet its extension process for X9 "
                        + strayForClosed + " runs"),
                missing -> assertThat(missing).matches("no follow-up process runs, but the follow-up was started "
                        + "\\(FollowUpStarted, event \\d+, 2027-01-08T01:00:00Z\\) and not stopped since"),
                unexpected -> assertThat(unexpected).isEqualTo("the escalation process for E7 " + strayForOpen
                        + " runs, but the task's events know no escalation E7"),
                unknown -> assertThat(unknown).isEqualTo("the escalation process for E1 " + strayForUnknown
                        + " runs for no-such-task, which names no registered task"));

        CommandLineOnTestDatabase.Result differing = commandLine.run("reconcile");
        assertThat(differing.exit()).as(differing.out()).isEqualTo(Commands.FAILED);
        assertThat(differing.lines()).hasSize(5);
        assertThat(differing.lines().get(0)).isEqualTo("inconsistent: 4 mismatches; 150 tasks, 9 processes");
        assertThat(differing.lines().get(2).split("\t")).containsExactly("MISSING_PROCESS", PLAN, "2", task2,
                "follow-up", "-", "-", mismatches.get(1).get("detail").asText());
        assertThat(differing.lines().get(4).split("\t")).containsExactly("PROCESS_FOR_UNKNOWN_TASK", "-", "-",
                "no-such-task", "escalation", "E1", strayForUnknown, mismatches.get(3).get("detail").asText());
    }

    @Test
    void unitsMayNotReconcileAndTheCommandLineSaysWhatIsWrongWithItsArguments() {
        assertThat(api.get("gxj", "/api/reconciliation").status()).isEqualTo(403);
        assertThat(new CommandLineOnTestDatabase(jdbc.getDataSource(), processing).run("reconcile", "--frobnicate")
                .exit()).isEqualTo(Commands.USAGE);
    }

    private JsonNode reconcile(String user) {
        Api.Response response = api.get(user, "/api/reconciliation");
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private String instance(String processKey, String taskId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(taskId)
                .singleResult().getId();
    }

    /** A process started at a user task, skipping the step that would send its command: as from Cockpit. */
    private String stray(String processKey, String businessKey, String referenceVariable, String reference,
                         String activity) {
        return runtime.createProcessInstanceByKey(processKey).businessKey(businessKey)
                .setVariable(TaskVariables.TASK_ID, businessKey).setVariable(referenceVariable, reference)
                .setVariable(TaskVariables.DUE_ID, "ack/stray") // an extension's decision waits on its due
                .startBeforeActivity(activity).execute().getId();
    }
}
