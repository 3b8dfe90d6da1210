package gov.supervision.process.forms;

import org.camunda.bpm.engine.delegate.VariableScope;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Reads what a person submitted to a user task's form, as Tasklist (Camunda Forms) or the REST API sends it.
 * Presence and domain rules are the task's to check; this only turns form values into typed values.
 */
public final class FormInput {

    private FormInput() {
    }

    public static String text(VariableScope scope, String field) {
        Object value = scope.getVariable(field);
        return value == null ? null : value.toString();
    }

    /** One of the form's choices, as the enum value of the same name. */
    public static <E extends Enum<E>> E choice(VariableScope scope, String field, Class<E> choices) {
        String value = text(scope, field);
        if (value == null || value.isBlank()) {
            throw new InvalidFormInput(field, "choose one of " + Arrays.toString(choices.getEnumConstants()));
        }
        try {
            return Enum.valueOf(choices, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFormInput(field, "expected one of %s, got %s"
                    .formatted(Arrays.toString(choices.getEnumConstants()), value));
        }
    }

    /** The same, where the field may be left empty. */
    public static <E extends Enum<E>> E optionalChoice(VariableScope scope, String field, Class<E> choices) {
        String value = text(scope, field);
        return value == null || value.isBlank() ? null : choice(scope, field, choices);
    }

    /** A whole number; -1 when missing, for the task's rules to reject. */
    public static int wholeNumber(VariableScope scope, String field) {
        Object value = scope.getVariable(field);
        if (value == null) {
            return -1;
        }
        // exactly: a long, a fraction or a string is refused, never cut down to an int (4294967346 is not 50)
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long number && number == number.intValue()) {
            return number.intValue();
        }
        throw new InvalidFormInput(field, "expected a whole number between %d and %d, got %s"
                .formatted(Integer.MIN_VALUE, Integer.MAX_VALUE, value));
    }

    /** Lines of a text area (or a list), without blank ones. */
    public static List<String> lines(VariableScope scope, String field) {
        Object value = scope.getVariable(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return value.toString().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Ids separated by commas, semicolons or white space. */
    public static List<String> ids(VariableScope scope, String field) {
        String value = text(scope, field);
        return value == null ? List.of()
                : Arrays.stream(value.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /**
     * A point in time: a date variable, an ISO instant or offset date-time, or a local date-time read in
     * {@code zone} (Tasklist's date-time field sends the latter two).
     */
    public static Instant instant(VariableScope scope, String field, ZoneId zone) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return parseInstant(field, value.toString().strip(), zone);
    }

    /** An ISO offset date-time, or a local date-time read in {@code zone}; refused naming the field otherwise. */
    public static Instant parseInstant(String field, String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new InvalidFormInput(field, "expected a date and time such as 2021-03-09T17:00+08:00, got "
                        + text);
            }
        }
    }
}
