package gov.supervision.app.worklist;

import gov.supervision.app.web.InvalidRequest;
import org.camunda.bpm.engine.form.FormField;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks values submitted for a user task's form: only its fields, each of its type. */
final class FormValues {

    private FormValues() {
    }

    static Map<String, Object> convert(String formName, List<FormField> fields, Map<String, Object> values) {
        Map<String, FormField> byId = new LinkedHashMap<>();
        fields.forEach(f -> byId.put(f.getId(), f));
        Map<String, Object> converted = new HashMap<>();
        for (Map.Entry<String, Object> value : values.entrySet()) {
            FormField field = byId.get(value.getKey());
            if (field == null) {
                throw new InvalidRequest(value.getKey(), "is not a field of %s; its fields are %s"
                        .formatted(formName, byId.keySet()));
            }
            converted.put(field.getId(), convert(field, value.getValue()));
        }
        return converted;
    }

    private static Object convert(FormField field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.getTypeName()) {
            case "long" -> wholeNumber(field.getId(), value);
            case "boolean" -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                throw new InvalidRequest(field.getId(), "expected true or false, got " + value);
            }
            default -> {
                if (value instanceof String || value instanceof Number) {
                    yield value.toString();
                }
                throw new InvalidRequest(field.getId(), "expected text, got " + value);
            }
        };
    }

    private static Long wholeNumber(String id, Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d{1,18}")) {
            return Long.parseLong(s.strip());
        }
        throw new InvalidRequest(id, "expected a whole number, got " + value);
    }
}
