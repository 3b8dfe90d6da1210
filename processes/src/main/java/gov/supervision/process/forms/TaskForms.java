package gov.supervision.process.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.command.task.api.TextRules;
import org.camunda.bpm.engine.FormService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Camunda Form (form-js JSON) deployed for a user task: the fields Tasklist shows are the fields every
 * door may submit, so the form and the checks never drift apart.
 */
public final class TaskForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskForms() {
    }

    public static List<FormField> fields(FormService forms, String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            List<FormField> fields = new ArrayList<>();
            collect(JSON.readTree(form).path("components"), fields);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the form of task " + taskId, e);
        }
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                String type = component.path("type").asText();
                List<String> options = new ArrayList<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                fields.add(new FormField(component.get("key").asText(), component.path("label").asText(), type,
                        validate.path("required").asBoolean(false), component.path("readonly").asBoolean(false),
                        List.copyOf(options),
                        validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
                        validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
                        maxLength(type, validate)));
            }
            collect(component.path("components"), fields);
        }
    }

    /** A text field without a limit of its own takes what the record takes: a name's length, or a report's. */
    private static Integer maxLength(String type, JsonNode validate) {
        if (validate.hasNonNull("maxLength")) {
            return validate.get("maxLength").asInt();
        }
        return switch (type) {
            case "textfield" -> TextRules.NAME;
            case "textarea" -> TextRules.REPORT;
            default -> null;
        };
    }
}
