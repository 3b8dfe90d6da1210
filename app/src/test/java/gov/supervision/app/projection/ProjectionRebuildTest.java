package gov.supervision.app.projection;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.CommandLineOnTestDatabase;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.app.EngineTime;
import gov.supervision.app.WorkItems;
import gov.supervision.app.cli.Commands;
import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.FollowUpProcess;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every registered projection, rebuilt from the event log after real activity, holds exactly the rows it held when
 * built event by event: same row counts, same checksums. Each test first damages the tables (deletes a row of each),
 * so only a real replay can restore them. Iterates over whatever {@code GET /api/projections} lists, so a projection
 * added later is covered with no change here.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class ProjectionRebuildTest extends EngineTestSupport {

    /** Friday 8 January 2027, 09:00 in Liaocheng. */
    static final Instant START = Instant.parse("2027-01-08T01:00:00Z");

    @Autowired
    ManagementService management;
    @Autowired
    EventProcessingConfiguration processing;

    EngineTime time;
    WorkItems work;

    @BeforeEach
    void someActivity() {
        work = new WorkItems(api);
        if (events.count("TaskDispatched") > 0) {
            return; // the engine (and its database) is shared by this class's tests: once is enough
        }
        time = new EngineTime(management);
        time.moveTo(START);
        for (int task : List.of(9, 14, 1)) {
            assertThat(api.post("supervisor", "/api/inspections",
                    "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + task + "}").body().get("started").asInt())
                    .isOne();
        }
        work.complete("gxj", 9, DispatchProcess.Elements.ACKNOWLEDGE, "{\"responsiblePerson\":\"李四\"}");
        work.complete("fgw", 1, DispatchProcess.Elements.ACKNOWLEDGE, "{\"responsiblePerson\":\"王五\"}");
        work.complete("gxj", 9, FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT,
                "{\"text\":\"完成年度目标分解\",\"percentComplete\":20,\"evidence\":\"分解方案\"}");
        work.complete("supervisor", 9, FollowUpProcess.Elements.REVIEW_REPORT,
                "{\"reviewDecision\":\"ACCEPT\",\"assessment\":\"SLOW\"}");
        work.complete("supervisor", 9, EscalationProcess.Elements.DECIDE_STEP, "{\"step\":\"CRITICISM\"}");
        work.complete("fgw", 1, FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT,
                "{\"text\":\"项目开工\",\"percentComplete\":45}");
        work.complete("supervisor", 1, FollowUpProcess.Elements.REVIEW_REPORT,
                "{\"reviewDecision\":\"ACCEPT\",\"assessment\":\"ON_TRACK\"}");
        time.moveTo(Instant.parse("2027-01-15T01:00:00Z")); // Friday: round 2; task 14's acknowledgement lapsed
        assertThat(events.types(api.ledgerRow(14).get("taskId").asText())).contains("AcknowledgementOverdue");
    }

    @AfterEach
    void resetTheClock() {
        EngineTime.reset();
    }

    @Test
    void rebuildingEveryProjectionRestoresExactlyTheTablesBuiltEventByEvent() {
        Map<String, JsonNode> built = tables(awaitCaughtUp());
        assertThat(built).isNotEmpty();
        assertThat(built.get("ledger/ledger_row").get("rows").asLong()).isEqualTo(150);
        damageEveryTable(built);

        JsonNode projections = api.get("supervisor", "/api/projections").body().get("projections");
        for (JsonNode projection : projections) {
            String name = projection.get("name").asText();
            long head = projection.get("head").asLong();
            Api.Response started = api.post("supervisor", "/api/projections/" + name + "/rebuild", null);
            assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
            assertThat(started.body().get("rebuild").get("target").asLong()).isEqualTo(head);
            assertThat(started.body().get("rebuild").get("startedAt").asText()).isNotEmpty();

            JsonNode rebuilt = awaitRebuilt(name);
            JsonNode rebuild = rebuilt.get("rebuild");
            assertThat(rebuild.get("state").asText()).as(rebuild.toString()).isEqualTo("DONE");
            assertThat(rebuild.get("replayed").asLong()).isGreaterThanOrEqualTo(head);
            assertThat(rebuild.get("progress").asDouble()).isEqualTo(1.0);
            assertThat(rebuild.get("finishedAt").asText()).isNotEmpty();
            assertThat(rebuilt.get("state").asText()).isEqualTo("RUNNING");
        }

        assertThat(tables(api.get("supervisor", "/api/projections").body())).isEqualTo(built);
        assertThat(api.ledgerRow(9).get("strikes").asInt()).isOne();
    }

    @Test
    void theCommandLineRebuildsOnTheConfiguredDatabase() {
        Map<String, JsonNode> built = tables(awaitCaughtUp());
        damageEveryTable(built);
        CommandLineOnTestDatabase commandLine = new CommandLineOnTestDatabase(jdbc.getDataSource(), processing);

        CommandLineOnTestDatabase.Result rebuilt = commandLine.run("rebuild");

        assertThat(rebuilt.exit()).as(rebuilt.out()).isEqualTo(Commands.OK);
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        assertThat(rebuilt.lines()).containsExactlyElementsOf(built.entrySet().stream().map(table -> "%s rows=%d "
                .formatted(table.getKey().replace('/', ' '), table.getValue().get("rows").asLong())
                + "checksum=%s replayed=%d".formatted(table.getValue().get("checksum").asText(), head)).toList());
        assertThat(tables(awaitCaughtUp())).isEqualTo(built);
    }

    @Test
    void theCommandLineSaysWhatIsWrongWithItsArguments() {
        CommandLineOnTestDatabase commandLine = new CommandLineOnTestDatabase(jdbc.getDataSource(), processing);

        assertThat(commandLine.run("rebuild", "--frobnicate").exit()).isEqualTo(Commands.USAGE);
        assertThat(commandLine.run("rebuild", "--projection").exit()).isEqualTo(Commands.USAGE);
        CommandLineOnTestDatabase.Result unknown = commandLine.run("rebuild", "--projection", "nonesuch");
        assertThat(unknown.exit()).isEqualTo(Commands.USAGE);
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void onlySupervisorsSeeOrRebuildProjections() {
        for (String user : List.of("gxj", "auditor")) {
            assertThat(api.get(user, "/api/projections").status()).isEqualTo(403);
            assertThat(api.get(user, "/api/projections/ledger").status()).isEqualTo(403);
            assertThat(api.post(user, "/api/projections/ledger/rebuild", null).status()).isEqualTo(403);
        }
        Api.Response unknown = api.post("supervisor", "/api/projections/nonesuch/rebuild", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).startsWith("no projection nonesuch; there are [").contains("ledger");
        assertThat(api.get("supervisor", "/api/projections/nonesuch").status()).isEqualTo(404);
    }

    /** Waits until every projection has processed the whole log; answers the projections then. */
    private JsonNode awaitCaughtUp() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode projection : api.get("supervisor", "/api/projections").body().get("projections")) {
                if (projection.get("position").isNull()
                        || projection.get("position").asLong() < projection.get("head").asLong()) {
                    return false;
                }
            }
            return true;
        });
        return api.get("supervisor", "/api/projections").body();
    }

    private JsonNode awaitRebuilt(String name) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get("supervisor", "/api/projections/" + name).body().get("rebuild").get("state").asText()
                        .equals("RUNNING"));
        return api.get("supervisor", "/api/projections/" + name).body();
    }

    /** "projection/table" → {rows, checksum, …} of every table of every projection. */
    private static Map<String, JsonNode> tables(JsonNode projections) {
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        for (JsonNode projection : projections.get("projections")) {
            for (JsonNode table : projection.get("tables")) {
                tables.put(projection.get("name").asText() + "/" + table.get("name").asText(), table);
            }
        }
        return tables;
    }

    /** Deletes one row of every table: a rebuild that did not replay would leave the tables short. */
    private void damageEveryTable(Map<String, JsonNode> built) {
        built.forEach((key, table) -> {
            String name = table.get("name").asText();
            assertThat(table.get("rows").asLong()).as("rows of %s", key).isPositive();
            jdbc.update("DELETE FROM " + name + " WHERE ctid IN (SELECT ctid FROM " + name + " LIMIT 1)");
        });
        Map<String, JsonNode> damaged = tables(api.get("supervisor", "/api/projections").body());
        built.forEach((key, table) -> {
            assertThat(damaged.get(key).get("rows").asLong()).isEqualTo(table.get("rows").asLong() - 1);
            assertThat(damaged.get(key).get("checksum").asText()).isNotEqualTo(table.get("checksum").asText());
        });
    }
}
