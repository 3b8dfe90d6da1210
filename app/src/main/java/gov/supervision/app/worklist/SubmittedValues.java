package gov.supervision.app.worklist;

import gov.supervision.process.forms.FormField;
import gov.supervision.process.forms.InvalidFormInput;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A work item's form values as JSON gives them, turned into the values the engine's form check takes, without
 * coercion: text is a string (a text area also takes a list of strings, one line each), a number a whole number, a
 * choice a string, a checkbox true or false. Whether the values fit the form is the engine's to check, for every
 * door alike.
 */
final class SubmittedValues {

    private SubmittedValues() {
    }

    static Map<String, Object> of(List<FormField> fields, Map<String, Object> json) {
        Map<String, Object> values = new HashMap<>();
        json.forEach((key, value) -> values.put(key, field(fields, key)
                .map(field -> convert(field, value)).orElse(value)));
        return values;
    }

    private static Optional<FormField> field(List<FormField> fields, String key) {
        return fields.stream().filter(f -> f.id().equals(key)).findFirst();
    }

    private static Object convert(FormField field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case "textfield", "textarea" -> text(field, value);
            case "number" -> {
                if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
                    yield value;
                }
                throw new InvalidFormInput(field.id(), "expected a whole number");
            }
            case "checkbox" -> {
                if (value instanceof Boolean) {
                    yield value;
                }
                throw new InvalidFormInput(field.id(), "expected true or false");
            }
            default -> {
                if (value instanceof String) {
                    yield value;
                }
                throw new InvalidFormInput(field.id(), field.options().isEmpty() ? "expected text"
                        : "expected one of " + field.options());
            }
        };
    }

    private static String text(FormField field, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (field.type().equals("textarea") && value instanceof List<?> lines
                && lines.stream().allMatch(String.class::isInstance)) {
            return String.join("\n", lines.stream().map(String.class::cast).toList());
        }
        throw new InvalidFormInput(field.id(), field.type().equals("textarea")
                ? "expected text, or a list of lines of text" : "expected text");
    }
}
