package gov.supervision.app.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Camunda Form (form-js JSON) deployed for a user task: the same form Tasklist shows describes the fields
 * the REST API accepts, so the two never drift apart.
 */
@Component
class CamundaForms {

    private final FormService forms;
    private final ObjectMapper json;

    CamundaForms(FormService forms, ObjectMapper json) {
        this.forms = forms;
        this.json = json;
    }

    List<FormField> fields(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            List<FormField> fields = new ArrayList<>();
            collect(json.readTree(form).path("components"), fields);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the form of task " + taskId, e);
        }
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                List<String> options = new ArrayList<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                fields.add(new FormField(component.get("key").asText(), component.path("label").asText(),
                        component.path("type").asText(), validate.path("required").asBoolean(false),
                        component.path("readonly").asBoolean(false), List.copyOf(options),
                        validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
                        validate.hasNonNull("max") ? validate.get("max").asDouble() : null));
            }
            collect(component.path("components"), fields);
        }
    }
}
