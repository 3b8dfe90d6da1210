package gov.supervision.command.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.Unit;
import gov.supervision.command.task.upcasting.ProgressReportedWithoutRound;
import gov.supervision.command.task.upcasting.TaskDispatchedWithoutDueTime;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static gov.supervision.command.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored by the walking skeleton (revision 1) read as today's revision 2. The stored payloads are made the way
 * the skeleton made them: its record shapes, serialized by Axon's Jackson serializer.
 */
class UpcasterTest {

    /** TaskDispatched as revision 1 had it: no acknowledgement due time. */
    record TaskDispatchedRevision1(TaskId taskId, List<Unit> leadUnits, Actor actor, Instant occurredAt) {
    }

    /** ProgressReported as revision 1 had it: no report id, round, evidence or cited contributions. */
    record ProgressReportedRevision1(TaskId taskId, Unit unit, String text, int percentComplete, String problems,
                                     String nextSteps, Actor actor, Instant occurredAt) {
    }

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    private final EventUpcasterChain upcasters =
            new EventUpcasterChain(new TaskDispatchedWithoutDueTime(), new ProgressReportedWithoutRound());

    private IntermediateEventRepresentation stored(Object payload, Class<?> as, String revision, long sequence) {
        byte[] data = serializer.serialize(payload, byte[].class).getData();
        byte[] metaData = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("SupervisedTask", TASK.value(), sequence,
                UUID.randomUUID().toString(), T0, as.getName(), revision, data, metaData), serializer);
    }

    private static String json(IntermediateEventRepresentation event) {
        return new String(event.getData(byte[].class).getData(), StandardCharsets.UTF_8);
    }

    private static SerializedType revision(Class<?> type, String revision) {
        return new SimpleSerializedType(type.getName(), revision);
    }

    @Test
    void aDispatchOfRevision1ReadsAsRevision2WithoutDueTime() {
        IntermediateEventRepresentation old = stored(
                new TaskDispatchedRevision1(TASK, List.of(FGW, GXJ), SUPERVISOR, DISPATCHED_AT),
                TaskDispatched.class, "1", 1);
        assertThat(json(old)).doesNotContain("acknowledgementDueAt");

        IntermediateEventRepresentation upcast = new TaskDispatchedWithoutDueTime().upcast(Stream.of(old))
                .findFirst().orElseThrow();

        assertThat(upcast.getType()).isEqualTo(revision(TaskDispatched.class, "2"));
        assertThat((Object) serializer.deserialize(upcast.getData()))
                .isEqualTo(new TaskDispatched(TASK, List.of(FGW, GXJ), null, SUPERVISOR, DISPATCHED_AT));
    }

    @Test
    void aProgressReportOfRevision1ReadsAsRevision2InRoundZero() {
        IntermediateEventRepresentation old = stored(
                new ProgressReportedRevision1(TASK, FGW, "完成规划编制", 40, "资金不足", "开工建设", FGW_CLERK, day(7)),
                ProgressReported.class, "1", 5);
        assertThat(json(old)).doesNotContain("reportId").doesNotContain("round");

        IntermediateEventRepresentation upcast = new ProgressReportedWithoutRound().upcast(Stream.of(old))
                .findFirst().orElseThrow();

        assertThat(upcast.getType()).isEqualTo(revision(ProgressReported.class, "2"));
        assertThat((Object) serializer.deserialize(upcast.getData()))
                .isEqualTo(new ProgressReported(TASK, "0/fgw/5", FGW, 0, "完成规划编制", 40, "资金不足", "开工建设",
                        List.of(), List.of(), FGW_CLERK, day(7)));
    }

    @Test
    void eachUpcasterReadsOnlyItsOwnEventAndTheChainReadsBoth() {
        List<IntermediateEventRepresentation> upcast = upcasters.upcast(Stream.of(
                        stored(new TaskDispatchedRevision1(TASK, List.of(FGW), SUPERVISOR, DISPATCHED_AT),
                                TaskDispatched.class, "1", 1),
                        stored(new ProgressReportedRevision1(TASK, GXJ, "完成", 10, "", "", GXJ_CLERK, day(7)),
                                ProgressReported.class, "1", 2)))
                .toList();

        assertThat(upcast).extracting(IntermediateEventRepresentation::getType).containsExactly(
                revision(TaskDispatched.class, "2"), revision(ProgressReported.class, "2"));
        assertThat(upcast).extracting(event -> (Object) serializer.deserialize(event.getData())).containsExactly(
                new TaskDispatched(TASK, List.of(FGW), null, SUPERVISOR, DISPATCHED_AT),
                new ProgressReported(TASK, "0/gxj/2", GXJ, 0, "完成", 10, "", "", List.of(), List.of(), GXJ_CLERK,
                        day(7)));
    }

    @Test
    void leavesRevision2Untouched() {
        TaskDispatched dispatched = dispatched();
        ProgressReported reported = reported(FGW, FGW_CLERK, 1, 1);

        List<IntermediateEventRepresentation> upcast = upcasters.upcast(Stream.of(
                        stored(dispatched, TaskDispatched.class, "2", 1),
                        stored(reported, ProgressReported.class, "2", 2),
                        stored(registered(), registered().getClass(), "1", 0)))
                .toList();

        assertThat(upcast).extracting(IntermediateEventRepresentation::getType).containsExactly(
                revision(TaskDispatched.class, "2"), revision(ProgressReported.class, "2"),
                revision(registered().getClass(), "1"));
        assertThat(upcast).extracting(event -> (Object) serializer.deserialize(event.getData()))
                .containsExactly(dispatched, reported, registered());
    }
}
