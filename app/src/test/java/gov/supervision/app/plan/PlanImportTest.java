package gov.supervision.app.plan;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.app.plan.parsing.BulletinParser;
import gov.supervision.app.plan.parsing.ParsedPlan;
import gov.supervision.app.plan.parsing.ParsedTask;
import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.command.task.api.TaskId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans imported from bulletin text, end to end on PostgreSQL: the bulletin's plan round-trips into events and
 * the ledger; a preview shows what an import changes; importing applies it whole, once; a bad text changes nothing.
 * The tests build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanImportTest extends EngineTestSupport {

    static final String OPINION = "聊政发〔2021〕2号";

    @Autowired
    UnitDirectory units;

    @Test
    @Order(1)
    void theBulletinsPlanRoundTripsIntoEventsAndTheLedger() throws IOException {
        ParsedPlan plan = new BulletinParser(units).parse(bulletin()).plan(PLAN).orElseThrow();

        assertThat(events.count("PlanImported")).isOne();
        assertThat(events.payload(PLAN, 0)).contains("\"taskCount\":150");
        JsonNode ledger = api.get("supervisor", "/api/ledger?plan=" + PLAN).body();
        assertThat(ledger).hasSize(150);
        for (ParsedTask task : plan.tasks()) {
            JsonNode row = ledger.get(task.number() - 1);
            assertThat(row.get("taskNumber").asInt()).isEqualTo(task.number());
            assertThat(row.get("taskId").asText()).isEqualTo(TaskId.of(PLAN, task.number()).value());
            assertThat(row.get("section").asText()).isEqualTo(task.section());
            assertThat(row.get("leadUnits").findValuesAsText("name")).isEqualTo(task.leadUnits());
        }
    }

    @Test
    @Order(2)
    void aPreviewShowsWhatAnImportWouldChangeAndChangesNothing() throws IOException {
        long before = events.count();

        ResponseEntity<String> response = send("supervisor", "/api/plan-imports/preview", bulletin());

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode preview = json(response);
        assertThat(preview.get("plans")).hasSize(3);
        assertThat(preview.at("/changes/" + escape(PLAN) + "/added")).isEmpty();
        assertThat(preview.at("/changes/" + escape(PLAN) + "/changed")).isEmpty();
        assertThat(preview.at("/changes/" + escape(OPINION) + "/added")).hasSize(20);
        assertThat(preview.at("/changes/" + escape(OPINION) + "/applied").asBoolean()).isFalse();
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void importingAppliesThePlanOnceAndTheSameTextAgainChangesNothing() throws IOException {
        ResponseEntity<String> first = send("supervisor", "/api/plan-imports?plan=" + OPINION, bulletin());
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(json(first).at("/imports/" + escape(OPINION) + "/added")).hasSize(20);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("supervisor", "/api/ledger?plan=" + OPINION).body().size() == 20);
        long after = events.count();

        ResponseEntity<String> again = send("supervisor", "/api/plan-imports", bulletin());

        assertThat(json(again).at("/imports/" + escape(OPINION) + "/added")).isEmpty();
        assertThat(json(again).at("/imports/" + escape(PLAN) + "/added")).isEmpty();
        assertThat(events.count()).isEqualTo(after);
        JsonNode health = api.get("supervisor", "/api/ledger?plan=" + OPINION + "&taskNumber=4").body().get(0);
        assertThat(health.get("leadUnits").findValuesAsText("name")).containsExactly("市卫生健康委");
    }

    @Test
    @Order(4)
    void aRevisedTextIsShownThenAppliedAsRevisedAddedAndWithdrawnTasks() throws IOException {
        String revised = bulletin()
                .replace("全面落实与省教育厅合作协议,促进教育水平整体提升。", "全面落实与省教育厅合作协议,促进教育质量整体提升。")
                .replace(lineStarting("150. 完善正向激励和容错纠错机制"), "");
        JsonNode preview = json(send("supervisor", "/api/plan-imports/preview?plan=" + PLAN, revised));
        assertThat(preview.at("/changes/" + escape(PLAN) + "/changed").toString()).isEqualTo("[120]");
        assertThat(preview.at("/changes/" + escape(PLAN) + "/removed").toString()).isEqualTo("[150]");

        JsonNode applied = json(send("supervisor", "/api/plan-imports?plan=" + PLAN, revised));

        assertThat(applied.at("/imports/" + escape(PLAN) + "/applied").asBoolean()).isTrue();
        assertThat(events.types(TaskId.of(PLAN, 120).value())).endsWith("TaskRevised");
        assertThat(events.types(TaskId.of(PLAN, 150).value())).endsWith("TaskWithdrawn");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> api.ledgerRow(150).get("status").asText().equals("WITHDRAWN"));
        assertThat(api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":150}")
                .body().get("started").asInt()).isZero();
    }

    @Test
    @Order(5)
    void aBadTextIsAnsweredWithItsLineAndChangesNothing() throws IOException {
        long before = events.count();
        String task13 = lineStarting("13. 持续办好");
        String broken = bulletin().replace(task13, task13.substring(0, task13.length() - 1));
        String onlyTheBrokenPlan = broken.substring(0, broken.indexOf("\n聊政发〔2021〕2号\n"));

        ResponseEntity<String> rejected = send("supervisor", "/api/plan-imports", onlyTheBrokenPlan);
        ResponseEntity<String> strict = send("supervisor", "/api/plan-imports?strict=true", bulletin());
        ResponseEntity<String> previewed = send("supervisor", "/api/plan-imports/preview", broken);
        ResponseEntity<String> byAUnit = send("gxj", "/api/plan-imports", bulletin());
        ResponseEntity<String> unknownPlan = send("supervisor", "/api/plan-imports?plan=聊政发〔2099〕9号", bulletin());

        assertThat(rejected.getStatusCode().value()).isEqualTo(400);
        assertThat(json(rejected).get("detail").asText()).startsWith("line ").contains("not closed");
        assertThat(json(rejected).get("line").asInt()).isPositive();
        assertThat(strict.getStatusCode().value()).isEqualTo(422);
        assertThat(json(strict).get("warnings")).hasSize(28);
        assertThat(json(strict).at("/warnings/0/fix").asText()).isNotBlank();
        // one document's trouble holds up no other: the preview reports it and shows the others
        assertThat(previewed.getStatusCode().value()).isEqualTo(200);
        assertThat(json(previewed).at("/documents/0/kind").asText()).isEqualTo("unreadable");
        assertThat(json(previewed).at("/documents/0/error/line").asInt()).isPositive();
        assertThat(json(previewed).at("/documents/1/kind").asText()).isEqualTo("plan");
        assertThat(json(previewed).at("/plans/0/number").asText()).isEqualTo("聊政发〔2021〕2号");
        assertThat(byAUnit.getStatusCode().value()).isEqualTo(403);
        assertThat(unknownPlan.getStatusCode().value()).isEqualTo(404);
        assertThat(events.count()).isEqualTo(before);
    }

    private ResponseEntity<String> send(String user, String path, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(text, headers),
                String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private String bulletin() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/bulletins/liaocheng-2021-02.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The whole line of the bulletin that starts with the given text, so edits target exactly one layout. */
    private String lineStarting(String start) throws IOException {
        return bulletin().lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }
}
