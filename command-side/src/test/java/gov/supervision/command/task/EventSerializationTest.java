package gov.supervision.command.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.TaskEvent;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static gov.supervision.command.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Events are stored as readable JSON by Axon's Jackson serializer and read back equal. */
class EventSerializationTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    static Stream<TaskEvent> events() {
        return Stream.of(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK),
                new ProgressReported(TASK, FGW, "完成", 40, "无", "继续", FGW_CLERK, T0));
    }

    @ParameterizedTest
    @MethodSource("events")
    void roundTripsAsReadableJson(TaskEvent event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"taskId\":\"" + TASK.value() + "\"").contains("\"occurredAt\":\"2021-02-20T");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }
}
