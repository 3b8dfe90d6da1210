package gov.supervision.app.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Doors;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit does its work in Camunda's own surfaces too: Tasklist (through the webapp's API, as its pages call it),
 * with Camunda's authorizations keeping each unit to its own tasks; Camunda's REST API is the administrators'.
 */
class CamundaWebappsTest extends EngineTestSupport {

    @LocalServerPort
    int port;

    Doors doors;

    @BeforeEach
    void doors() {
        doors = new Doors(port);
    }

    @Test
    void aUnitAcknowledgesInTasklistAndTheEventNamesIt() {
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":10}");
        String taskId = api.ledgerRow(10).get("taskId").asText(); // lead unit 市科技局 (kjj)
        Doors.Webapp tasklist = doors.webapp("kjj");

        JsonNode filters = tasklist.call("GET", "/camunda/api/engine/engine/default/filter?resourceType=Task", null)
                .json();
        assertThat(filters.findValuesAsText("name")).contains("我的单位待办 (my unit's tasks)");
        JsonNode tasks = tasklist.call("GET", "/camunda/api/engine/engine/default/task?candidateGroup=kjj", null)
                .json();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(Elements.ACKNOWLEDGE);
        String task = "/camunda/api/engine/engine/default/task/" + tasks.get(0).get("id").asText();
        JsonNode form = tasklist.call("GET", task + "/deployed-form", null).json();
        assertThat(form.get("id").asText()).isEqualTo("acknowledge");
        assertThat(form.findValuesAsText("key")).containsExactly("responsiblePerson");

        Doors.Answer submitted = tasklist.call("POST", task + "/submit-form",
                "{\"variables\":{\"responsiblePerson\":{\"value\":\"孙七\",\"type\":\"String\"}}}");

        assertThat(submitted.status()).as("%s", submitted).isEqualTo(204);
        assertThat(events.types(taskId)).startsWith("TaskRegistered", "TaskDispatched", "TaskAcknowledged");
        assertThat(events.payload(taskId, 2)).contains("\"responsiblePerson\":\"孙七\"")
                .contains("\"userId\":\"kjj\"");
    }

    @Test
    void theEngineRestApiIsTheAdministratorsAndTasklistShowsAUnitOnlyItsOwnTasks() {
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":35}"); // dsjj
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":36}"); // nyncj

        Doors.Answer anonymous = doors.get(null, "/engine-rest/task");
        Doors.Answer aUnit = doors.get("dsjj", "/engine-rest/task");
        Doors.Answer aSupervisor = doors.get("supervisor", "/engine-rest/task/count");
        Doors.Answer admin = doors.get("admin", "/engine-rest/task/count");
        JsonNode dsjj = doors.webapp("dsjj").call("GET", "/camunda/api/engine/engine/default/task", null).json();

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(aUnit.status()).isEqualTo(403);
        assertThat(aUnit.isProblem()).isTrue();
        assertThat(aSupervisor.status()).isEqualTo(403);
        assertThat(admin.json().get("count").asInt()).isEqualTo(2);
        assertThat(dsjj).hasSize(1);
        assertThat(dsjj.get(0).get("name").asText()).isEqualTo("Acknowledge");
    }
}
