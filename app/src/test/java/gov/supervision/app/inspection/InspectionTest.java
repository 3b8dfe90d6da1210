package gov.supervision.app.inspection;

import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/** Starting inspection of the bulletin's plan, on PostgreSQL, through the REST API. The tests build on each other. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InspectionTest extends EngineTestSupport {

    @Autowired
    RuntimeService runtime;


    @Test
    @Order(3)
    void inspectingThePlanStartsOneProcessPerTaskNotYetUnderInspectionAndDispatchesEveryTaskOnce() {
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(events.count("TaskRegistered")).isEqualTo(150);

        Api.Response first = api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("started").asInt()).isEqualTo(149); // task 37 is under inspection already
        assertThat(first.body().get("tasks").asInt()).isEqualTo(150);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DispatchProcess.KEY).count())
                .isEqualTo(150);
        assertThat(events.count("TaskDispatched")).isEqualTo(150);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry "
                + "WHERE payload_type LIKE '%.TaskDispatched'", Long.class)).isEqualTo(150);

        Api.Response again = api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\"}");
        Api.Response oneTask = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":12}");

        assertThat(again.body().get("started").asInt()).isZero();
        assertThat(oneTask.body().get("started").asInt()).isZero();
        assertThat(oneTask.body().get("tasks").asInt()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(150);
        assertThat(events.count("TaskDispatched")).isEqualTo(150);
    }

    @Test
    @Order(1)
    void inspectingOneTaskStartsOneProcessForIt() {
        Api.Response started = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":37}");

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.body().get("started").asInt()).isEqualTo(1);
        String taskId = api.ledgerRow(37).get("taskId").asText();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(taskId).count()).isOne();
        assertThat(events.types(taskId)).containsExactly("TaskRegistered", "TaskDispatched");
    }

    @Test
    @Order(2)
    void badRequestsAreAnsweredPreciselyAndChangeNothing() {
        long before = events.count();
        long processes = runtime.createProcessInstanceQuery().count();

        Api.Response blank = api.post("supervisor", "/api/inspections", "{\"planNumber\":\" \"}");
        Api.Response negative = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":-3}");
        Api.Response notJson = api.post("supervisor", "/api/inspections", "{\"planNumber\":");
        Api.Response unknownPlan = api.post("supervisor", "/api/inspections", "{\"planNumber\":\"聊政发〔2099〕9号\"}");
        Api.Response unknownTask = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":151}");
        Api.Response byAUnit = api.post("gxj", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\"}");
        Api.Response anonymous = api.post(null, "/api/inspections", "{\"planNumber\":\"" + PLAN + "\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.detail()).isEqualTo("planNumber: must not be blank");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.detail()).isEqualTo("taskNumber: must be greater than 0");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.detail()).startsWith("the body ");
        assertThat(unknownPlan.status()).isEqualTo(404);
        assertThat(unknownPlan.detail()).isEqualTo("plan 聊政发〔2099〕9号 has no registered tasks");
        assertThat(unknownTask.status()).isEqualTo(404);
        assertThat(unknownTask.detail()).isEqualTo("plan 聊政发〔2021〕1号 has no task 151");
        assertThat(byAUnit.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(events.count()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
    }
}
