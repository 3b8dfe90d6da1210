package gov.supervision.command.task.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one task of one plan. Derived from the plan number and the task number, so registering the same
 * task twice addresses the same aggregate, and the id of task 12 of a plan is the same on every machine.
 */
public record TaskId(String value) {

    public TaskId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a task id cannot be blank");
        }
    }

    public static TaskId of(String planNumber, int taskNumber) {
        String name = planNumber + "/" + taskNumber;
        return new TaskId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @JsonCreator
    public static TaskId parse(String value) {
        return new TaskId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon addresses aggregates by the identifier's string form. */
    @Override
    public String toString() {
        return value;
    }
}
