package gov.supervision.process.forms;

import gov.supervision.command.task.api.TextRules;
import org.camunda.bpm.engine.variable.value.TypedValue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks what a person submits to complete a user task against the task's form, as Tasklist's form would and
 * whichever door it came through: only the form's fields, each of its type and within its limits, required ones
 * filled, choices among the options, read-only ones unchanged. Nothing is converted: a value of the wrong type is
 * refused, naming the field.
 */
public final class FormSubmission {

    /** The instants a form takes: a plan's due times lie well inside. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private FormSubmission() {
    }

    /**
     * @param submitted what the completion sets (plain or typed values)
     * @param current   the task's present values of the form's fields
     */
    public static void check(String formName, List<FormField> fields, Map<String, ?> submitted,
                             Map<String, ?> current) {
        Map<String, FormField> byId = new LinkedHashMap<>();
        fields.forEach(f -> byId.put(f.id(), f));
        List<String> editable = fields.stream().filter(f -> !f.readOnly()).map(FormField::id).toList();
        for (Map.Entry<String, ?> entry : submitted.entrySet()) {
            FormField field = byId.get(entry.getKey());
            if (field == null) {
                throw new InvalidFormInput(entry.getKey(), "is not a field of %s; its fields are %s"
                        .formatted(formName, editable));
            }
            Object value = plain(field, entry.getValue());
            if (field.readOnly()) {
                if (!same(value, plain(field, current.get(field.id())))) {
                    throw new InvalidFormInput(field.id(), "is shown by %s for reading only".formatted(formName));
                }
                continue;
            }
            checkValue(field, value);
        }
        for (FormField field : fields) {
            if (!field.required() || field.readOnly()) {
                continue;
            }
            Object value = submitted.containsKey(field.id()) ? plain(field, submitted.get(field.id()))
                    : current.get(field.id());
            if (value == null || value.toString().isBlank()) {
                throw new InvalidFormInput(field.id(), "is required by %s".formatted(formName));
            }
        }
    }

    private static Object plain(FormField field, Object value) {
        if (value instanceof TypedValue typed) {
            if (typed.getType() == null || !typed.getType().isPrimitiveValueType()) {
                throw new InvalidFormInput(field.id(), "expected %s, got a value of type %s".formatted(
                        expected(field), typed.getType() == null ? "unknown" : typed.getType().getName()));
            }
            return typed.getValue();
        }
        return value;
    }

    private static void checkValue(FormField field, Object value) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return;
        }
        switch (field.type()) {
            case "textfield", "textarea" -> text(field, value);
            case "number" -> number(field, value);
            case "checkbox" -> {
                if (!(value instanceof Boolean)) {
                    throw new InvalidFormInput(field.id(), "expected true or false");
                }
            }
            case "select", "radio" -> {
                if (!(value instanceof String choice) || !field.options().contains(choice)) {
                    throw new InvalidFormInput(field.id(), "expected one of " + field.options());
                }
            }
            case "datetime" -> dateTime(field, value);
            default -> throw new InvalidFormInput(field.id(), "is a %s field, which takes no submission"
                    .formatted(field.type()));
        }
    }

    private static void text(FormField field, Object value) {
        if (!(value instanceof String text)) {
            throw new InvalidFormInput(field.id(), "expected text");
        }
        int limit = field.maxLength() == null ? TextRules.REPORT : field.maxLength();
        if (text.length() > limit) {
            throw new InvalidFormInput(field.id(), "is %d characters long; at most %d are taken"
                    .formatted(text.length(), limit));
        }
        String problem = TextRules.problem(text);
        if (problem != null) {
            throw new InvalidFormInput(field.id(), problem);
        }
    }

    private static void number(FormField field, Object value) {
        BigInteger number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            number = big;
        } else {
            throw new InvalidFormInput(field.id(), "expected a whole number");
        }
        boolean tooLow = field.min() != null && number.compareTo(BigInteger.valueOf(field.min().longValue())) < 0;
        boolean tooHigh = field.max() != null && number.compareTo(BigInteger.valueOf(field.max().longValue())) > 0;
        if (tooLow || tooHigh || number.bitLength() >= Integer.SIZE) {
            throw new InvalidFormInput(field.id(), "must be between %s and %s, was %s".formatted(
                    bound(field.min(), Integer.MIN_VALUE), bound(field.max(), Integer.MAX_VALUE), number));
        }
    }

    private static void dateTime(FormField field, Object value) {
        Instant instant = value instanceof Date date ? date.toInstant()
                : value instanceof String text ? FormInput.parseInstant(field.id(), text, java.time.ZoneOffset.UTC)
                : null;
        if (instant == null) {
            throw new InvalidFormInput(field.id(), "expected a date and time such as 2021-03-09T17:00+08:00");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new InvalidFormInput(field.id(), "must lie between %s and %s".formatted(EARLIEST, LATEST));
        }
    }

    private static boolean same(Object submitted, Object current) {
        if (submitted instanceof Number a && current instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(blankToNull(submitted), blankToNull(current));
    }

    private static Object blankToNull(Object value) {
        return value instanceof String s && s.isEmpty() ? null : value;
    }

    private static String expected(FormField field) {
        return switch (field.type()) {
            case "number" -> "a whole number";
            case "checkbox" -> "true or false";
            case "select", "radio" -> "one of " + field.options();
            case "datetime" -> "a date and time";
            default -> "text";
        };
    }

    private static String bound(Double value, long otherwise) {
        return String.valueOf(value == null ? otherwise : value.longValue());
    }
}
