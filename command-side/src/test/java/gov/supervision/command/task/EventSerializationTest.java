package gov.supervision.command.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.DueKind;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.ReminderSent;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskEvent;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static gov.supervision.command.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Events are stored as readable JSON by Axon's Jackson serializer, under their revision, and read back equal. */
class EventSerializationTest {

    /** The events whose shape changed since the walking skeleton; an upcaster reads their revision 1. */
    private static final Set<Class<?>> REVISED = Set.of(TaskDispatched.class, ProgressReported.class);

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    static Stream<Named<TaskEvent>> events() {
        return Stream.<TaskEvent>of(
                        registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK), acknowledgementOverdue(FGW),
                        new ReminderSent(TASK, FGW, DueKind.ACKNOWLEDGEMENT, "ack/fgw", ACK_DUE, SYSTEM, day(2)),
                        followUpStarted(), followUpStopped(), roundOpened(1), reported(FGW, FGW_CLERK, 1, 1),
                        new ProgressReported(TASK, "1/fgw/2", FGW, 1, "完成", 40, "无", "继续", List.of("a.pdf"),
                                List.of("C1"), FGW_CLERK, day(7)),
                        contributionAdded("C1"), reportOverdue(GXJ, 1), accepted(FGW, 1, Assessment.SLOW),
                        returned(FGW, 1, roundDue(1).plusSeconds(86_400)),
                        escalationProposed("E1", FGW, 1, 1, EscalationStep.CRITICISM),
                        noticeIssued("E1", FGW, RECTIFICATION_DUE), supervisionRaised("E1"),
                        rectificationReported("E1", FGW, FGW_CLERK), rectificationVerified("E1", FGW),
                        rectificationRejected("E1", FGW), rectificationMissed("E1", FGW),
                        completionRequested(), completionReturned(), closed(), reopened(),
                        extensionRequested("X1", FGW, "ack/fgw", ACK_DUE, day(5)),
                        extensionGranted("X1", FGW, "ack/fgw", ACK_DUE, day(5)),
                        extensionRefused("X1", FGW, "ack/fgw"))
                .map(event -> Named.of(event.getClass().getSimpleName(), event));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void roundTripsAsReadableJson(TaskEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"taskId\":\"" + TASK.value() + "\"").contains("\"occurredAt\":\"2021-");
        assertThat(stored.getType().getName()).isEqualTo(event.getClass().getName());
        assertThat(stored.getType().getRevision()).isEqualTo(REVISED.contains(event.getClass()) ? "2" : "1");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyEventIsMarkedWithARevision(TaskEvent event) {
        assertThat(event.getClass().getAnnotation(Revision.class)).isNotNull();
    }

    @Test
    void anAcceptedReportStoresItsAssessmentButNotWhetherItIsAStrike() {
        String json = new String(serializer.serialize(accepted(FGW, 1, Assessment.SLOW), byte[].class).getData(),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"assessment\":\"SLOW\"").doesNotContain("countsAsStrike").doesNotContain("strike");
    }
}
