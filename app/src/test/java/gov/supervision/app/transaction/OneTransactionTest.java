package gov.supervision.app.transaction;

import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.DispatchTask;
import gov.supervision.command.task.api.TaskId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Camunda step and the command it sends commit or roll back together: one DataSource, one Spring transaction.
 */
class OneTransactionTest extends EngineTestSupport {

    /** A process whose step after the dispatch fails: the dispatch's event must not survive it. */
    static final String PROBE = "rollbackProbe";

    /** What the failing step saw of the task's events inside the transaction, just before it failed. */
    static final AtomicLong dispatchedSeenInTransaction = new AtomicLong(-1);

    @TestConfiguration
    static class FailingStep {
        @Bean
        JavaDelegate failingStep(JdbcTemplate jdbc) {
            return execution -> {
                dispatchedSeenInTransaction.set(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry "
                                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%.TaskDispatched'", Long.class,
                        execution.getBusinessKey()));
                throw new IllegalStateException("the step after the dispatch failed");
            };
        }
    }

    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;
    @Autowired
    CommandGateway commands;


    @Test
    void aDispatchStepWhoseCommandIsRejectedLeavesNoProcessBehind() {
        String taskId = TaskId.of(PLAN, 20).value();
        commands.sendAndWait(new DispatchTask(TaskId.parse(taskId), null, Actor.supervisor("supervisor"), Instant.now()));
        long before = events.count();

        Api.Response response = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":20}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("started").asInt()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(taskId).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(taskId).count()).isZero();
        assertThat(events.count()).isEqualTo(before);
        assertThat(events.types(taskId)).containsExactly("TaskRegistered", "TaskDispatched");
    }

    @Test
    void aStepFailingAfterItsCommandRollsTheCommandsEventsBackToo() {
        deployProbe();
        String taskId = TaskId.of(PLAN, 21).value();
        long before = events.count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROBE, taskId,
                Map.of(TaskVariables.TASK_ID, taskId, TaskVariables.STARTED_BY, "supervisor")))
                .hasMessageContaining("the step after the dispatch failed");

        assertThat(dispatchedSeenInTransaction.get()).as("the dispatch event, inside the failed transaction")
                .isOne();
        assertThat(events.count()).isEqualTo(before);
        assertThat(events.types(taskId)).containsExactly("TaskRegistered");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(taskId).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(taskId).count()).isZero();

        // the task was not dispatched, so inspecting it now works
        Api.Response inspected = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":21}");
        assertThat(inspected.body().get("started").asInt()).isOne();
    }

    private void deployProbe() {
        BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("ServiceTask_DispatchTask").camundaDelegateExpression("${dispatchTaskDelegate}")
                .serviceTask("ServiceTask_Fail").camundaDelegateExpression("${failingStep}")
                .endEvent()
                .done();
        repository.createDeployment().addModelInstance(PROBE + ".bpmn", probe).deploy();
    }
}
