package gov.supervision.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.app.EngineTime;
import gov.supervision.app.cli.Commands;
import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.command.task.api.TaskId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each event carries a hash chaining it to the one before; verification recomputes the chains from the stored rows
 * and names where one breaks. The store is tampered with in plain SQL, then put back after each test.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class TamperEvidenceTest extends EngineTestSupport {

    static final String VERIFICATION = "/api/audit/verification";

    @Autowired
    ManagementService management;
    @Autowired
    EventStore eventStore;

    Tampering tampering;

    @BeforeEach
    void prepare() {
        tampering = new Tampering(jdbc);
    }

    @AfterEach
    void putTheStoreBack() {
        tampering.restore();
        assertThat(verify().get("intact").asBoolean()).as("the store as it was verifies clean").isTrue();
    }

    @Test
    void anUntouchedStoreVerifiesClean() {
        String task = acknowledged(4);

        JsonNode all = verify();

        assertThat(all.get("intact").asBoolean()).isTrue();
        assertThat(all.get("broken")).isEmpty();
        assertThat(all.get("events").asLong()).isEqualTo(events.count());
        assertThat(all.get("chains").asLong()).isEqualTo(
                jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry", Long.class))
                .isEqualTo(151);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE convert_from(meta_data, 'UTF8')::jsonb->>'chainHash' ~ '^[0-9a-f]{64}$'", Long.class))
                .as("every event carries its chain hash").isEqualTo(events.count());
        JsonNode plan = all.get("plans").get(0);
        assertThat(all.get("plans")).hasSize(1);
        assertThat(plan.get("planNumber").asText()).isEqualTo(PLAN);
        assertThat(plan.get("tasks").asInt()).isEqualTo(150);
        assertThat(plan.get("events").asLong()).isEqualTo(events.count());
        assertThat(plan.get("digest").asText()).matches("[0-9a-f]{64}");

        JsonNode one = verify(task);
        assertThat(one.get("intact").asBoolean()).isTrue();
        assertThat(one.get("chains").asInt()).isOne();
        assertThat(one.get("events").asInt()).isEqualTo(events.types(task).size()).isGreaterThanOrEqualTo(5);
        assertThat(one.get("plans")).isEmpty();
        assertThat(api.get("supervisor", VERIFICATION + "?task=" + task).status()).isEqualTo(200);
    }

    @Test
    void anAlteredPayloadIsNamedWithItsSequence() {
        String task = acknowledged(9);
        assertThat(events.payload(task, 2)).contains("\"responsiblePerson\":\"李四\"");

        tampering.alterPayload(task, 2, "李四", "王五");

        assertBroken(verify(), task, 2, "CONTENT_ALTERED");
        assertBroken(verify(task), task, 2, "CONTENT_ALTERED");
    }

    @Test
    void aDeletedEventIsNamedAsMissing() {
        String task = acknowledged(14);

        tampering.delete(task, 2);

        JsonNode broken = assertBroken(verify(), task, 2, "EVENT_MISSING");
        assertThat(broken.get("detail").asText()).isEqualTo(
                "event missing: sequence 2 is absent, the chain goes from 1 to 3");
    }

    @Test
    void swappedPayloadsAreNamedAsReordered() {
        String task = acknowledged(16);

        tampering.swapPayloads(task, 1, 3);

        JsonNode broken = assertBroken(verify(), task, 1, "EVENTS_REORDERED");
        assertThat(broken.get("detail").asText()).isEqualTo(
                "events reordered: the payload chained at sequence 1 is stored at sequence 3");
    }

    @Test
    void swappedSequenceNumbersAreNamedAsReordered() {
        String task = acknowledged(19);

        tampering.swapSequenceNumbers(task, 1, 3);

        JsonNode broken = assertBroken(verify(), task, 1, "EVENTS_REORDERED");
        assertThat(broken.get("detail").asText()).isEqualTo(
                "events reordered: the event stored at sequence 1 was chained at sequence 3");
    }

    @Test
    void anEventWithoutItsHashIsNamed() {
        String task = acknowledged(20);

        tampering.dropMetaData(task, 3);

        assertBroken(verify(), task, 3, "NO_CHAIN_HASH");
    }

    @Test
    void thePlanDigestSeesTheLastEventOfAChainRemovedWhichTheChainCannot() {
        String task = acknowledged(4);
        JsonNode before = verify().get("plans").get(0);
        long last = events.types(task).size() - 1;

        tampering.delete(task, last);

        JsonNode after = verify();
        assertThat(after.get("intact").asBoolean()).as("a chain cut at its end is still a chain").isTrue();
        JsonNode plan = after.get("plans").get(0);
        assertThat(plan.get("digest").asText()).isNotEqualTo(before.get("digest").asText());
        assertThat(plan.get("events").asLong()).isEqualTo(before.get("events").asLong() - 1);

        tampering.restore();
        assertThat(verify().get("plans").get(0)).as("the same store, the same digest").isEqualTo(before);
    }

    @Test
    void anEventAppendedToAPlansTaskChangesItsDigest() {
        JsonNode before = verify().get("plans").get(0);

        inspect(30);

        JsonNode after = verify();
        assertThat(after.get("intact").asBoolean()).isTrue();
        assertThat(after.get("plans").get(0).get("digest").asText()).isNotEqualTo(before.get("digest").asText());
    }

    @Test
    void aSecondEventAtATakenSequenceIsRefusedSoAChainCannotFork() {
        String task = acknowledged(9);
        long before = events.count();

        assertThatThrownBy(() -> eventStore.publish(new GenericDomainEventMessage<>("SupervisedTask", task, 1,
                "a forged second event 1")));

        assertThat(events.count()).isEqualTo(before);
        assertThat(verify(task).get("intact").asBoolean()).isTrue();
    }

    @Test
    void onlyAuditorsAndSupervisorsVerifyAndAnUnknownTaskIsNotFound() {
        assertThat(api.get("gxj", VERIFICATION).status()).isEqualTo(403);
        assertThat(api.get("gxj", VERIFICATION + "?task=" + TaskId.of(PLAN, 9).value()).status()).isEqualTo(403);
        assertThat(api.get(null, VERIFICATION).status()).isEqualTo(401);

        Api.Response unknown = api.get("auditor", VERIFICATION + "?task=00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("no task with id 00000000-0000-0000-0000-000000000000");
        assertThat(api.get("auditor", VERIFICATION + "?task=").status()).isEqualTo(400);
    }

    @Test
    void theCommandLineSaysIntactOrBrokenWithItsExitCode() {
        String altered = acknowledged(9);
        String cut = acknowledged(14);
        JsonNode rest = verify();
        JsonNode plan = rest.get("plans").get(0);

        Run intact = cli("verify");

        assertThat(intact.exit()).isZero();
        assertThat(intact.lines()).containsExactly(
                "intact: %d events in %d chains".formatted(events.count(), rest.get("chains").asLong()),
                "plan %s digest %s (150 tasks, %d events)".formatted(PLAN, plan.get("digest").asText(),
                        events.count()));

        tampering.alterPayload(altered, 2, "李四", "王五");
        tampering.delete(cut, 2);
        Run broken = cli("verify");

        assertThat(broken.exit()).isEqualTo(Commands.CHAIN_BROKEN);
        assertThat(broken.lines()).hasSize(4).contains(
                "broken: task " + cut + " at sequence 2: event missing: sequence 2 is absent, the chain goes from 1 to 3",
                "checked: %d events in %d chains, 2 broken".formatted(events.count(), rest.get("chains").asLong()));
        assertThat(broken.lines()).anyMatch(line -> line.startsWith(
                "broken: task " + altered + " at sequence 2: content altered: "));
        assertThat(broken.lines().get(3)).startsWith("plan " + PLAN + " digest ");

        Run one = cli("verify", "--task", altered, "--json");

        assertThat(one.exit()).isEqualTo(Commands.CHAIN_BROKEN);
        JsonNode json = one.json();
        assertThat(json.get("intact").asBoolean()).isFalse();
        assertThat(json.get("chains").asInt()).isOne();
        assertThat(json.get("broken").get(0).get("aggregateId").asText()).isEqualTo(altered);
        assertThat(json.get("broken").get(0).get("sequence").asInt()).isEqualTo(2);
        assertThat(json.get("broken").get(0).get("reason").asText()).isEqualTo("CONTENT_ALTERED");

        Run unknown = cli("verify", "--task", "00000000-0000-0000-0000-000000000000");

        assertThat(unknown.exit()).isEqualTo(Commands.NO_SUCH_TASK).isEqualTo(2);
        assertThat(unknown.lines()).isEmpty();
    }

    /** The jar's {@code verify} command against this test's database. */
    private Run cli(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            line.add("--spring.datasource.url=" + connection.getMetaData().getURL());
            line.add("--spring.datasource.username=" + connection.getMetaData().getUserName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // a process engine of its own name beside this test's engine in the same JVM
        line.add("--camunda.bpm.process-engine-name=verify");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Commands.run(line.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    record Run(int exit, String out) {

        List<String> lines() {
            return out.lines().toList();
        }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(out, e);
            }
        }
    }

    private void inspect(int taskNumber) {
        Api.Response started = api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + taskNumber + "}");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        new EngineTime(management).fireDue();
    }

    private JsonNode verify() {
        Api.Response response = api.get("auditor", VERIFICATION);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private JsonNode verify(String task) {
        Api.Response response = api.get("auditor", VERIFICATION + "?task=" + task);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    /** The verdict names exactly this break: this task, at this sequence, for this reason. */
    private static JsonNode assertBroken(JsonNode verification, String task, long sequence, String reason) {
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("broken")).as(verification.toString()).hasSize(1);
        JsonNode broken = verification.get("broken").get(0);
        assertThat(broken.get("aggregateId").asText()).isEqualTo(task);
        assertThat(broken.get("aggregateType").asText()).isEqualTo("SupervisedTask");
        assertThat(broken.get("sequence").asLong()).isEqualTo(sequence);
        assertThat(broken.get("reason").asText()).isEqualTo(reason);
        return broken;
    }

    /**
     * A task of the 2021 plan led by 市工业和信息化局 alone, inspected and acknowledged: registered, dispatched,
     * acknowledged, its follow-up started and its first round open (sequences 0 to 4).
     */
    private String acknowledged(int taskNumber) {
        String task = TaskId.of(PLAN, taskNumber).value();
        if (events.types(task).contains("TaskAcknowledged")) {
            return task;
        }
        inspect(taskNumber);
        JsonNode items = api.get("gxj", "/api/work-items?taskNumber=" + taskNumber + "&step="
                + DispatchProcess.Elements.ACKNOWLEDGE).body();
        assertThat(items).as("gxj's acknowledgement of task %d", taskNumber).hasSize(1);
        Api.Response done = api.post("gxj", "/api/work-items/" + items.get(0).get("id").asText(),
                "{\"responsiblePerson\":\"李四\"}");
        assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
        assertThat(events.types(task)).startsWith("TaskRegistered", "TaskDispatched", "TaskAcknowledged",
                "FollowUpStarted", "FollowUpRoundOpened");
        return task;
    }
}
