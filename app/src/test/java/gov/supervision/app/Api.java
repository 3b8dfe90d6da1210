package gov.supervision.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.time.Duration;
import java.io.UncheckedIOException;

/** The REST API as a demo user calls it (each demo user's password is its user name). */
public class Api {

    public static final String PLAN = "聊政发〔2021〕1号";

    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Waits until the engine reports ready: the bootstrap plan is registered and in the ledger. */
    public Api awaitReady() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(null, "/actuator/health").status() == 200);
        return this;
    }

    public Response get(String user, String path) {
        return call(user, HttpMethod.GET, path, null);
    }

    public Response post(String user, String path, String body) {
        return call(user, HttpMethod.POST, path, body);
    }

    public Response call(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, user);
        ResponseEntity<String> response = client.exchange(path, method, new HttpEntity<>(body, headers),
                String.class);
        return new Response(response.getStatusCode().value(), parse(response.getBody()));
    }

    /** The ledger row of one task of the 2021 plan, as the supervisor sees it. */
    public JsonNode ledgerRow(int taskNumber) {
        return get("supervisor", "/api/ledger?plan=" + PLAN + "&taskNumber=" + taskNumber).body().get(0);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    public record Response(int status, JsonNode body) {

        public String detail() {
            return body.path("detail").asText();
        }
    }
}
