package gov.supervision.app.webapps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit does its work in Camunda's own surfaces too: Tasklist (through the webapp's API, as its pages call it)
 * and the engine REST API, with Camunda's authorizations keeping each unit to its own tasks.
 */
class CamundaWebappsTest extends EngineTestSupport {

    @LocalServerPort
    int port;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void aUnitAcknowledgesInTasklistAndTheEventNamesIt() throws Exception {
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":10}");
        String taskId = api.ledgerRow(10).get("taskId").asText(); // lead unit 市科技局 (kjj)
        Tasklist tasklist = new Tasklist("kjj");

        JsonNode filters = tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
        assertThat(filters.findValuesAsText("name")).contains("我的单位待办 (my unit's tasks)");
        JsonNode tasks = tasklist.get("/camunda/api/engine/engine/default/task?candidateGroup=kjj");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(Elements.ACKNOWLEDGE);
        JsonNode form = tasklist.get("/camunda/api/engine/engine/default/task/" + tasks.get(0).get("id").asText()
                + "/deployed-form");
        assertThat(form.get("id").asText()).isEqualTo("acknowledge");
        assertThat(form.findValuesAsText("key")).containsExactly("responsiblePerson");

        int status = tasklist.post("/camunda/api/engine/engine/default/task/" + tasks.get(0).get("id").asText()
                + "/submit-form", "{\"variables\":{\"responsiblePerson\":{\"value\":\"孙七\",\"type\":\"String\"}}}");

        assertThat(status).isEqualTo(204);
        assertThat(events.types(taskId)).startsWith("TaskRegistered", "TaskDispatched", "TaskAcknowledged");
        assertThat(events.payload(taskId, 2)).contains("\"responsiblePerson\":\"孙七\"")
                .contains("\"userId\":\"kjj\"");
    }

    @Test
    void theEngineRestApiIsTheAdministratorsAndTasklistShowsAUnitOnlyItsOwnTasks() throws Exception {
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":35}"); // dsjj
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":36}"); // nyncj
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> anonymous = http.send(request("/engine-rest/task", null).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> aUnit = http.send(request("/engine-rest/task", "dsjj").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> aSupervisor = http.send(request("/engine-rest/task/count", "supervisor").build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode admin = json.readTree(http.send(request("/engine-rest/task/count", "admin").build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode dsjj = new Tasklist("dsjj").get("/camunda/api/engine/engine/default/task");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(aUnit.statusCode()).isEqualTo(403);
        assertThat(aSupervisor.statusCode()).isEqualTo(403);
        assertThat(json.readTree(aUnit.body()).path("status").asInt()).isEqualTo(403);
        assertThat(admin.get("count").asInt()).isEqualTo(2);
        assertThat(dsjj).hasSize(1);
        assertThat(dsjj.get(0).get("name").asText()).isEqualTo("Acknowledge");
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    /** Camunda Tasklist's session, logged in as its pages do: cookie session plus CSRF token. */
    private final class Tasklist {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        Tasklist(String user) throws IOException, InterruptedException {
            http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(user, StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(withCsrf(HttpRequest.newBuilder(
                            uri("/camunda/api/admin/auth/user/default/login/tasklist")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(withCsrf(HttpRequest.newBuilder(uri(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return json.readTree(response.body());
        }

        int post(String path, String body) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(withCsrf(HttpRequest.newBuilder(uri(path)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        }

        private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            return request;
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
