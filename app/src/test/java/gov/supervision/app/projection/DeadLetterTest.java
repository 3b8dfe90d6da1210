package gov.supervision.app.projection;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.CommandLineOnTestDatabase;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.app.EngineTime;
import gov.supervision.app.WorkItems;
import gov.supervision.app.cli.Commands;
import gov.supervision.bpmn.DispatchProcess;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a projection cannot store is parked as a dead letter instead of stalling its processor for ever. The
 * poison is real: the test adds a CHECK constraint to a projection's table that refuses what one task's events write
 * (its dispatch), so the projection's own SQL fails in the processor's transaction, exactly as a NUL in a plan's text
 * or any row PostgreSQL refuses would. Each test uses tasks of its own and removes its constraints.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class DeadLetterTest extends EngineTestSupport {

    /** Friday 8 January 2027, 09:00 in Liaocheng. */
    static final Instant START = Instant.parse("2027-01-08T01:00:00Z");

    @Autowired
    ManagementService management;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    HandlerSavepoints savepoints;

    private final List<String> constraints = new ArrayList<>();
    private WorkItems work;

    @BeforeEach
    void clock() {
        new EngineTime(management).moveTo(START);
        work = new WorkItems(api);
    }

    @AfterEach
    void removeThePoison() {
        savepoints.enable(true);
        new ArrayList<>(constraints).forEach(this::cure);
        EngineTime.reset();
    }

    @Test
    void aPoisonEventIsParkedTheOthersGoOnAndARetryAfterTheFixAppliesIt() {
        String task9 = taskId(9);
        String task14 = taskId(14);
        poison("ledger_row", "ledger_poison", "task_id <> '%s' OR status <> 'DISPATCHED'".formatted(task9));
        poison("scorecard_due", "scorecard_poison", "task_id <> '%s'".formatted(task14));

        inspect(9);
        inspect(14);
        inspect(1);
        work.complete("gxj", 9, DispatchProcess.Elements.ACKNOWLEDGE, "{\"responsiblePerson\":\"李四\"}");

        // the ledger parked task 9's dispatch and its acknowledgement behind it; other tasks' later events got there
        await(() -> api.ledgerRow(1).get("status").asText().equals("DISPATCHED")
                && api.ledgerRow(14).get("status").asText().equals("DISPATCHED")
                && letters("ledger").size() >= 2 && caughtUp("ledger"));
        assertThat(api.ledgerRow(9).get("status").asText()).isEqualTo("REGISTERED");
        List<JsonNode> ledger = letters("ledger");
        assertThat(ledger).allMatch(letter -> letter.get("sequenceId").asText().equals(task9));
        JsonNode first = ledger.get(0);
        assertThat(first.get("index").asInt()).isZero();
        assertThat(first.get("eventType").asText()).isEqualTo("TaskDispatched");
        assertThat(first.get("aggregateId").asText()).isEqualTo(task9);
        assertThat(first.get("aggregateSequence").asLong()).isEqualTo(1);
        assertThat(first.get("globalIndex").asLong()).isPositive();
        assertThat(first.get("cause").asText()).contains("violates check constraint \"ledger_poison\"")
                .doesNotContain("INSERT", "SQL", "org.", "Exception");
        assertThat(ledger.get(1).get("eventType").asText()).isEqualTo("TaskAcknowledged");
        assertThat(ledger.get(1).get("cause").isNull()).as("it waits behind the first").isTrue();
        // the scorecard parked task 14's dispatch; its other tasks went on
        await(() -> letters("scorecard").size() == 1);
        assertThat(letters("scorecard").get(0).get("aggregateId").asText()).isEqualTo(task14);
        assertThat(api.get("supervisor", "/api/projections/ledger").body().get("deadLetters").asLong())
                .isEqualTo(ledger.size());

        // health: DEGRADED (200), naming the event; anybody else sees the status only
        Api.Response health = api.get("admin", "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("DEGRADED");
        JsonNode projections = health.body().get("components").get("projections");
        assertThat(projections.get("status").asText()).isEqualTo("DEGRADED");
        JsonNode named = projections.get("details").get("ledger").get("details");
        assertThat(named.get("deadLetters").asLong()).isEqualTo(ledger.size());
        assertThat(named.get("firstDeadLetter").get("projection").asText()).isEqualTo("ledger");
        assertThat(named.get("firstDeadLetter").get("eventType").asText()).isEqualTo("TaskDispatched");
        assertThat(named.get("firstDeadLetter").get("aggregateId").asText()).isEqualTo(task9);
        assertThat(named.get("firstDeadLetter").get("aggregateSequence").asLong()).isEqualTo(1);
        assertThat(named.get("firstDeadLetter").get("cause").asText()).contains("ledger_poison")
                .doesNotContain("INSERT", "SQL", "org.");
        for (String user : new String[] {null, "supervisor", "gxj"}) {
            Api.Response plain = api.get(user, "/actuator/health");
            assertThat(plain.status()).isEqualTo(200);
            assertThat(plain.body().toString()).as("health for %s", user).isEqualTo("{\"status\":\"DEGRADED\"}");
        }

        // nobody but supervisors and administrators reaches the letters; unknown letters are 404 problems
        for (String user : new String[] {"gxj", "auditor", "chenxiuxing"}) {
            assertThat(api.get(user, "/api/dead-letters").status()).isEqualTo(403);
            assertThat(api.get(user, "/api/dead-letters/ledger/" + task9).status()).isEqualTo(403);
            assertThat(api.post(user, "/api/dead-letters/ledger/" + task9 + "/retry", null).status())
                    .isEqualTo(403);
            assertThat(api.call(user, HttpMethod.DELETE, "/api/dead-letters/ledger/" + task9 + "/1", null).status())
                    .isEqualTo(403);
        }
        assertThat(api.get("admin", "/api/dead-letters").body().get("deadLetters")).hasSize(ledger.size() + 1);
        Api.Response unknown = api.post("supervisor", "/api/dead-letters/ledger/no-such-task/retry", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("projection ledger has no parked letters of no-such-task");
        assertThat(api.get("supervisor", "/api/dead-letters/nonesuch/" + task9).detail())
                .startsWith("no projection nonesuch; there are [");
        assertThat(api.call("supervisor", HttpMethod.DELETE, "/api/dead-letters/ledger/" + task9 + "/99", null)
                .status()).isEqualTo(404);

        // a retry before the fix fails again and changes nothing
        Api.Response early = api.post("supervisor", "/api/dead-letters/ledger/" + task9 + "/retry", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.detail()).startsWith("ledger: TaskDispatched of " + task9 + " at sequence 1 still fails: ")
                .contains("ledger_poison");
        assertThat(letters("ledger")).hasSize(ledger.size());

        // after the fix a retry applies the sequence, and the ledger is what a rebuild makes of the log
        cure("ledger_poison");
        Api.Response retried = api.post("supervisor", "/api/dead-letters/ledger/" + task9 + "/retry", null);
        assertThat(retried.status()).as(retried.body().toString()).isEqualTo(200);
        assertThat(retried.body().get("applied").asInt()).isEqualTo(ledger.size());
        assertThat(retried.body().get("deadLetters")).isEmpty();
        assertThat(api.ledgerRow(9).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        await(() -> caughtUp("ledger"));
        JsonNode built = table("ledger");
        JsonNode rebuilt = rebuild("ledger");
        assertThat(rebuilt.get("rebuild").get("state").asText()).isEqualTo("DONE");
        assertThat(rebuilt.get("tables").get(0)).isEqualTo(built);

        // the other letter is evicted: gone for good, and nothing is parked any more
        Api.Response evicted = api.call("admin", HttpMethod.DELETE, "/api/dead-letters/scorecard/" + task14 + "/1",
                null);
        assertThat(evicted.status()).as(evicted.body().toString()).isEqualTo(200);
        assertThat(evicted.body().get("evicted").get("eventType").asText()).isEqualTo("TaskDispatched");
        assertThat(letters("scorecard")).isEmpty();
        assertThat(api.get("supervisor", "/api/dead-letters/scorecard/" + task14).status()).isEqualTo(404);
        assertThat(api.get("admin", "/actuator/health").body().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void aRebuildThatParksAnEventSaysSoAndNamesIt() {
        String task2 = taskId(2);
        inspect(2);
        await(() -> api.ledgerRow(2).get("status").asText().equals("DISPATCHED") && caughtUp("ledger"));
        JsonNode built = table("ledger");
        poison("ledger_row", "ledger_replay_poison", "task_id <> '%s' OR status <> 'DISPATCHED'".formatted(task2));

        JsonNode parked = rebuild("ledger");

        JsonNode rebuild = parked.get("rebuild");
        assertThat(rebuild.get("state").asText()).as(rebuild.toString()).isEqualTo("PARKED");
        assertThat(rebuild.get("deadLetters").asLong()).isOne();
        assertThat(rebuild.get("error").asText())
                .startsWith("1 event parked as dead letters, the first TaskDispatched of " + task2 + " at sequence 1: ")
                .contains("ledger_replay_poison");
        assertThat(rebuild.get("replayed").asLong()).isGreaterThanOrEqualTo(rebuild.get("target").asLong());
        assertThat(parked.get("deadLetters").asLong()).isOne();
        assertThat(parked.get("state").asText()).isEqualTo("RUNNING");

        // the command line lists it, and says letters are parked (exit 1); after the fix it retries it
        CommandLineOnTestDatabase commandLine = new CommandLineOnTestDatabase(jdbc.getDataSource(), processing);
        CommandLineOnTestDatabase.Result listed = commandLine.run("dead-letters", "--projection", "ledger");
        assertThat(listed.exit()).isEqualTo(Commands.FAILED);
        assertThat(listed.lines()).hasSize(1);
        assertThat(listed.lines().get(0)).startsWith("ledger\t" + task2 + "\t1\tTaskDispatched\t")
                .contains("ledger_replay_poison");
        assertThat(commandLine.run("dead-letters", "retry", "ledger", task2).exit()).isEqualTo(Commands.FAILED);
        cure("ledger_replay_poison");
        CommandLineOnTestDatabase.Result retried = commandLine.run("dead-letters", "retry", "ledger", task2);
        assertThat(retried.exit()).isEqualTo(Commands.OK);
        assertThat(retried.lines()).containsExactly("applied 1");
        assertThat(commandLine.run("dead-letters").exit()).isEqualTo(Commands.OK);
        assertThat(commandLine.run("dead-letters", "evict", "ledger", task2, "1").exit())
                .isEqualTo(Commands.NOT_FOUND);
        assertThat(commandLine.run("dead-letters", "evict", "ledger", task2).exit()).isEqualTo(Commands.USAGE);
        assertThat(commandLine.run("dead-letters", "--projection", "nonesuch").exit()).isEqualTo(Commands.USAGE);

        await(() -> caughtUp("ledger"));
        assertThat(table("ledger")).isEqualTo(built);
    }

    /**
     * The savepoints are what makes parking possible: without them the handler's failed statement aborts the
     * processor's transaction, the letter cannot be stored, the processor retries the batch for ever (health DOWN,
     * later events of every task held back). With them back, the next retry parks it and the rest goes on.
     */
    @Test
    void withoutTheHandlersSavepointsNothingCanBeParkedAndTheProcessorIsDown() {
        String task20 = taskId(20);
        poison("ledger_row", "ledger_stall", "task_id <> '%s' OR status <> 'DISPATCHED'".formatted(task20));
        savepoints.enable(false);

        inspect(20);
        inspect(21);

        await(() -> api.get("admin", "/actuator/health").body().get("status").asText().equals("DOWN"));
        Api.Response down = api.get("admin", "/actuator/health");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body().get("components").get("projections").get("details").get("ledger").get("details")
                .get("error").asText()).isNotBlank();
        assertThat(api.get(null, "/actuator/health").body().toString()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(api.get("supervisor", "/api/projections/ledger").body().get("state").asText())
                .isEqualTo("ERROR");
        assertThat(letters("ledger")).isEmpty();
        assertThat(api.ledgerRow(21).get("status").asText()).as("held back behind the poison")
                .isEqualTo("REGISTERED");

        savepoints.enable(true);
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                letters("ledger").size() == 1 && api.ledgerRow(21).get("status").asText().equals("DISPATCHED"));
        assertThat(api.get("admin", "/actuator/health").body().get("status").asText()).isEqualTo("DEGRADED");
        cure("ledger_stall");
        assertThat(api.post("supervisor", "/api/dead-letters/ledger/" + task20 + "/retry", null).status())
                .isEqualTo(200);
        assertThat(api.get("admin", "/actuator/health").body().get("status").asText()).isEqualTo("UP");
    }

    private String taskId(int number) {
        return api.ledgerRow(number).get("taskId").asText();
    }

    private void inspect(int task) {
        assertThat(api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + task + "}").body().get("started").asInt())
                .isOne();
    }

    private void poison(String table, String constraint, String check) {
        jdbc.execute("ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s) NOT VALID".formatted(table, constraint, check));
        constraints.add(table + "/" + constraint);
    }

    private void cure(String constraint) {
        String entry = constraints.stream().filter(c -> c.equals(constraint) || c.endsWith("/" + constraint))
                .findFirst().orElseThrow();
        String[] parts = entry.split("/");
        jdbc.execute("ALTER TABLE %s DROP CONSTRAINT IF EXISTS %s".formatted(parts[0], parts[1]));
        constraints.remove(entry);
    }

    private List<JsonNode> letters(String projection) {
        List<JsonNode> letters = new ArrayList<>();
        api.get("supervisor", "/api/dead-letters?projection=" + projection).body().get("deadLetters")
                .forEach(letters::add);
        return letters;
    }

    private boolean caughtUp(String projection) {
        JsonNode status = api.get("supervisor", "/api/projections/" + projection).body();
        return !status.get("position").isNull() && status.get("position").asLong() >= status.get("head").asLong();
    }

    private JsonNode table(String projection) {
        return api.get("supervisor", "/api/projections/" + projection).body().get("tables").get(0);
    }

    private JsonNode rebuild(String projection) {
        Api.Response started = api.post("supervisor", "/api/projections/" + projection + "/rebuild", null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !api.get("supervisor", "/api/projections/" + projection).body().get("rebuild").get("state").asText()
                        .equals("RUNNING"));
        return api.get("supervisor", "/api/projections/" + projection).body();
    }

    private static void await(Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(condition);
    }
}
