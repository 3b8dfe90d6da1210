package gov.supervision.app.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that race on one task queue at the task's lock for milliseconds and each get a prompt, clean answer: the
 * winner its 2xx, a loser a 409 naming the rule it came too late for, never a 5xx or a wait for a timeout; and the
 * log holds exactly one event per answered step. (On the version before the task lock, completions of one item
 * waited 60 s for Axon's timeout and answered 500, co-lead acknowledgements collided on Camunda's rows, and a second
 * inspection of the plan answered 500 on a duplicate key.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RacesTest extends EngineTestSupport {

    /** How long a request may take even when it queued behind all the others on its task. */
    private static final Duration PROMPT = Duration.ofSeconds(3);

    @Autowired
    RuntimeService runtime;

    @Test
    @Order(1)
    void parallelInspectionsOfThePlanStartEachProcessOnceAndAllAnswer200() throws Exception {
        List<Answer> answers = race(3, i -> api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\"}"));

        report("3 inspections of the plan", answers);
        assertThat(answers).extracting(Answer::status).containsOnly(200);
        assertThat(answers.stream().mapToInt(a -> a.body().get("started").asInt()).sum()).isEqualTo(150);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DispatchProcess.KEY).count())
                .isEqualTo(150);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE "
                + "'%.TaskDispatched'", Long.class)).isEqualTo(150);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry "
                + "WHERE payload_type LIKE '%.TaskDispatched'", Long.class)).isEqualTo(150);
    }

    @Test
    @Order(2)
    void twentyCompletionsOfOneWorkItemMakeOneAcknowledgementAndNineteenPrompt409s() throws Exception {
        String taskId = api.ledgerRow(9).get("taskId").asText(); // lead unit 市工业和信息化局 (gxj)
        String item = acknowledgement("gxj", 9);

        // and the unit's list read at the same moments: an item completed while the list is read is left out
        List<Answer> all = race(30, i -> i < 20
                ? api.post("gxj", "/api/work-items/" + item, "{\"responsiblePerson\":\"李四" + i + "\"}")
                : api.get("gxj", "/api/work-items?plan=" + PLAN + "&taskNumber=9"));
        List<Answer> answers = all.subList(0, 20);

        report("20 completions of one work item, 10 reads of the list", all);
        assertThat(all.subList(20, 30)).extracting(Answer::status).containsOnly(200);
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 200).hasSize(19)
                .allSatisfy(loser -> {
                    assertThat(loser.status()).isEqualTo(409);
                    assertThat(loser.body().get("rule").asText()).isEqualTo("ALREADY_COMPLETED");
                });
        assertThat(answers).allSatisfy(a -> assertThat(a.took()).isLessThan(PROMPT));
        assertThat(events.types(taskId).stream().filter("TaskAcknowledged"::equals)).hasSize(1);
        assertThat(events.types(taskId).stream().filter("FollowUpStarted"::equals)).hasSize(1);
    }

    @Test
    @Order(3)
    void coLeadUnitsAcknowledgingAtOnceAllSucceed() throws Exception {
        List<JsonNode> coLed = StreamSupport.stream(api.get("supervisor", "/api/ledger?plan=" + PLAN).body()
                        .spliterator(), false)
                .filter(row -> row.get("leadUnits").size() >= 2)
                .filter(row -> row.get("taskNumber").asInt() != 9)
                .limit(5).toList();
        assertThat(coLed).as("tasks of the plan with two or more lead units").hasSize(5);

        for (JsonNode task : coLed) {
            int number = task.get("taskNumber").asInt();
            List<String> units = StreamSupport.stream(task.get("leadUnits").spliterator(), false)
                    .map(unit -> unit.get("id").asText()).toList();
            Map<String, String> items = units.stream().collect(Collectors.toMap(unit -> unit,
                    unit -> acknowledgement(unit, number)));

            List<Answer> answers = race(units.size(), i -> api.post(units.get(i),
                    "/api/work-items/" + items.get(units.get(i)), "{\"responsiblePerson\":\"负责人\"}"));

            report(units.size() + " co-lead units of task " + number, answers);
            assertThat(answers).as("task %d, lead units %s", number, units).extracting(Answer::status)
                    .containsOnly(200);
            assertThat(answers).allSatisfy(a -> assertThat(a.took()).isLessThan(PROMPT));
            List<String> types = events.types(task.get("taskId").asText());
            assertThat(types.stream().filter("TaskAcknowledged"::equals)).hasSize(units.size());
            assertThat(types.stream().filter("FollowUpStarted"::equals)).hasSize(1);
        }
    }

    @Test
    @Order(4)
    void startingTheFollowUpAgainstContributionsStartsItOnceAndKeepsEveryContribution() throws Exception {
        String taskId = api.ledgerRow(11).get("taskId").asText(); // lead 市市场监管局 (scjgj), cooperating gxj
        assertThat(api.post("scjgj", "/api/work-items/" + acknowledgement("scjgj", 11),
                "{\"responsiblePerson\":\"王五\"}").status()).isEqualTo(200);
        assertThat(api.post("supervisor", "/api/tasks/" + taskId + "/follow-up/stop", "{\"reason\":\"暂缓\"}")
                .status()).isEqualTo(200);

        List<Answer> answers = race(15, i -> i < 5
                ? api.post("supervisor", "/api/tasks/" + taskId + "/follow-up/start", null)
                : api.post("gxj", "/api/tasks/" + taskId + "/contributions", "{\"text\":\"配合材料" + i + "\"}"));

        report("5 follow-up starts against 10 contributions", answers);
        List<Answer> starts = answers.subList(0, 5);
        List<Answer> contributions = answers.subList(5, 15);
        assertThat(starts).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(starts).filteredOn(a -> a.status() != 200).hasSize(4).allSatisfy(loser -> {
            assertThat(loser.status()).isEqualTo(409);
            assertThat(loser.body().get("rule").asText()).isEqualTo("FOLLOW_UP_ALREADY_STARTED");
        });
        assertThat(contributions).extracting(Answer::status).containsOnly(201);
        assertThat(contributions).extracting(a -> a.body().get("contributionId").asText())
                .doesNotHaveDuplicates().hasSize(10);
        assertThat(answers).allSatisfy(a -> assertThat(a.took()).isLessThan(PROMPT));
        List<String> types = events.types(taskId);
        assertThat(types.stream().filter("FollowUpStarted"::equals)).hasSize(2); // on acknowledgement, and again
        assertThat(types.stream().filter("ContributionAdded"::equals)).hasSize(10);
    }

    private String acknowledgement(String unit, int taskNumber) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> api.get(unit, "/api/work-items?plan=" + PLAN
                + "&taskNumber=" + taskNumber + "&step=" + DispatchProcess.Elements.ACKNOWLEDGE).body().size() == 1);
        return api.get(unit, "/api/work-items?plan=" + PLAN + "&taskNumber=" + taskNumber + "&step="
                + DispatchProcess.Elements.ACKNOWLEDGE).body().get(0).get("id").asText();
    }

    record Answer(int status, JsonNode body, Duration took) {
    }

    interface Request {
        Api.Response send(int index);
    }

    /** Sends the requests at once (released together by a barrier) and answers them in order. */
    private static List<Answer> race(int count, Request request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier start = new CyclicBarrier(count);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Answer> call = () -> {
                    start.await();
                    long began = System.nanoTime();
                    Api.Response response = request.send(index);
                    return new Answer(response.status(), response.body(), Duration.ofNanos(System.nanoTime() - began));
                };
                futures.add(clients.submit(call));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    private static void report(String race, List<Answer> answers) {
        System.out.printf("%s: %s; slowest %d ms%n", race,
                answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting())),
                answers.stream().mapToLong(a -> a.took().toMillis()).max().orElse(0));
    }
}
