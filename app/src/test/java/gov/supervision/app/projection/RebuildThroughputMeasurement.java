package gov.supervision.app.projection;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.AddContribution;
import gov.supervision.command.task.api.TaskId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the handlers' savepoints cost on a rebuild: each projection replayed several times, with and without them
 * alternately, in the same engine on the same events; events per second from the reset to the head. Not part of
 * the build (timings on a shared machine prove nothing by themselves); run it with
 * {@code mvn -q -pl app -am verify -Dtest=RebuildThroughputMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsupervision.measure=true}. Prints the figures and writes them to {@code app/target/rebuild-throughput.txt}.
 */
@EnabledIfSystemProperty(named = "supervision.measure", matches = "true")
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class RebuildThroughputMeasurement extends EngineTestSupport {

    private static final int ROUNDS = 4;
    private static final int CONTRIBUTIONS = 12;
    private static final long TARGET_EVENTS = 3_000;

    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    HandlerSavepoints savepoints;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CommandGateway commands;

    @AfterEach
    void savepointsBack() {
        savepoints.enable(true);
    }

    @Test
    void rebuildsWithAndWithoutTheHandlersSavepoints() throws Exception {
        assertThat(api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\"}").status())
                .isEqualTo(200);
        // the cooperating units of every task add contributions, so that there is something to replay
        Instant at = Instant.parse("2021-03-01T02:00:00Z");
        for (JsonNode row : api.get("supervisor", "/api/ledger?plan=" + PLAN).body()) {
            for (JsonNode unit : row.get("cooperatingUnits")) {
                String unitId = unit.get("id").asText();
                for (int i = 0; i < CONTRIBUTIONS && events.count() < TARGET_EVENTS; i++) {
                    commands.sendAndWait(new AddContribution(new TaskId(row.get("taskId").asText()),
                            "配合推进，第" + (i + 1) + "次", List.of(), Actor.unit(unitId, unitId), at));
                }
            }
        }
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);

        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String projection : List.of("ledger", "scorecard")) {
            replay(projection, head); // warm-up, not counted
            for (int round = 0; round < ROUNDS; round++) {
                for (boolean on : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    savepoints.enable(on);
                    double rate = head / replay(projection, head);
                    rates.computeIfAbsent(projection + (on ? " with savepoints" : " without savepoints"),
                            k -> new ArrayList<>()).add(rate);
                    String checksum = rebuilds.status(projection).tables().toString();
                    assertThat(checksums.putIfAbsent(projection, checksum)).as("the same tables every time")
                            .isIn(null, checksum);
                }
            }
            savepoints.enable(true);
        }

        StringBuilder report = new StringBuilder(("rebuild throughput: %d events replayed (from the restarted "
                + "processor's claim to the head), %d replays each, alternating, events/s%n").formatted(head, ROUNDS));
        rates.forEach((what, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            report.append("%-32s median %6.0f  min %6.0f  max %6.0f  all %s%n".formatted(what,
                    sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1),
                    values.stream().map(v -> "%.0f".formatted(v)).toList()));
        });
        System.out.println(report);
        Files.writeString(Path.of("target/rebuild-throughput.txt"), report);
    }

    /** Seconds from the reset until the projection's processor has replayed up to the head. */
    private double replay(String projection, long head) throws InterruptedException {
        StreamingEventProcessor processor = processing.eventProcessorByProcessingGroup(projection,
                StreamingEventProcessor.class).orElseThrow();
        Map<Integer, EventTrackerStatus> before = new HashMap<>(processor.processingStatus());
        rebuilds.start(projection);
        // from the moment the restarted processor holds its segment (claiming it takes a fixed while) to the head
        while (!claimed(processor, before)) {
            Thread.sleep(1);
        }
        long started = System.nanoTime();
        while (!caughtUp(processor, before, head)) {
            Thread.sleep(2);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // let the rebuild's monitor see it done before the next one starts
        while (rebuilds.status(projection).rebuild().state() == RebuildStatus.State.RUNNING) {
            Thread.sleep(20);
        }
        assertThat(rebuilds.status(projection).rebuild().state()).isEqualTo(RebuildStatus.State.DONE);
        return seconds;
    }

    private static boolean claimed(StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> before) {
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        return !statuses.isEmpty() && statuses.entrySet().stream()
                .allMatch(segment -> segment.getValue() != before.get(segment.getKey()));
    }

    /** Every segment has a status of the replay (not one held from before the reset) at the head. */
    private static boolean caughtUp(StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> before,
                                    long head) {
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        return !statuses.isEmpty() && statuses.entrySet().stream().allMatch(segment -> {
            OptionalLong position = segment.getValue().getCurrentPosition();
            return segment.getValue() != before.get(segment.getKey()) && position.isPresent()
                    && position.getAsLong() >= head;
        });
    }
}
