package gov.supervision.app.worklist;

import gov.supervision.app.web.InvalidRequest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks values submitted for a user task against its form, as Tasklist's form would: only its editable fields,
 * each of its type, required ones present, numbers in range, choices among the options.
 */
final class FormValues {

    private FormValues() {
    }

    static Map<String, Object> check(String formName, List<FormField> fields, Map<String, Object> values) {
        Map<String, FormField> byId = new LinkedHashMap<>();
        fields.stream().filter(f -> !f.readOnly()).forEach(f -> byId.put(f.id(), f));
        Map<String, Object> checked = new HashMap<>();
        for (Map.Entry<String, Object> value : values.entrySet()) {
            FormField field = byId.get(value.getKey());
            if (field == null) {
                boolean readOnly = fields.stream().anyMatch(f -> f.id().equals(value.getKey()));
                throw new InvalidRequest(value.getKey(), readOnly
                        ? "is shown by %s for reading only".formatted(formName)
                        : "is not a field of %s; its fields are %s".formatted(formName, byId.keySet()));
            }
            checked.put(field.id(), convert(field, value.getValue()));
        }
        for (FormField field : byId.values()) {
            Object value = checked.get(field.id());
            if (field.required() && (value == null || value.toString().isBlank())) {
                throw new InvalidRequest(field.id(), "is required by %s".formatted(formName));
            }
        }
        return checked;
    }

    private static Object convert(FormField field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case "number" -> number(field, value);
            case "checkbox" -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                throw new InvalidRequest(field.id(), "expected true or false, got " + value);
            }
            case "select", "radio" -> {
                String choice = value.toString();
                if (!field.options().contains(choice)) {
                    throw new InvalidRequest(field.id(), "expected one of %s, got %s".formatted(field.options(), choice));
                }
                yield choice;
            }
            default -> {
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    yield value.toString();
                }
                if (value instanceof List<?> list) {
                    yield String.join("\n", list.stream().map(String::valueOf).toList());
                }
                throw new InvalidRequest(field.id(), "expected text, got " + value);
            }
        };
    }

    private static Number number(FormField field, Object value) {
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d+(\\.\\d+)?")) {
            number = Double.parseDouble(s.strip());
        } else {
            throw new InvalidRequest(field.id(), "expected a number, got " + value);
        }
        if (field.min() != null && number < field.min() || field.max() != null && number > field.max()) {
            throw new InvalidRequest(field.id(), "must be between %s and %s, was %s".formatted(plain(field.min()),
                    plain(field.max()), plain(number)));
        }
        return number == Math.rint(number) ? (Number) (long) number : (Number) number;
    }

    private static String plain(Double number) {
        return number == null ? "…" : number == Math.rint(number) ? String.valueOf(number.longValue())
                : number.toString();
    }
}
