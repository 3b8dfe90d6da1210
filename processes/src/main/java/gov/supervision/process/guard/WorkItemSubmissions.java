package gov.supervision.process.guard;

import gov.supervision.process.forms.FormField;
import gov.supervision.process.forms.FormSubmission;
import gov.supervision.process.forms.TaskForms;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

import java.util.List;
import java.util.Map;

/**
 * What a person's completion of a work item may set: the editable fields of the task's form, checked as the form
 * checks them, whichever door the completion came through. Read as the person (Camunda's authorizations apply).
 */
final class WorkItemSubmissions {

    private final ProcessEngineConfigurationImpl engine;

    WorkItemSubmissions(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    void check(String taskId, Map<String, ?> variables) {
        TaskService tasks = engine.getTaskService();
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return; // the completion itself answers: no such task, or not one this person may see
        }
        List<FormField> fields = fields(taskId);
        Map<String, Object> current = fields.isEmpty() ? Map.of()
                : tasks.getVariables(taskId, fields.stream().map(FormField::id).toList());
        FormSubmission.check(task.getName(), fields, variables == null ? Map.of() : variables, current);
    }

    /** A task without a Camunda Form takes no values at all. */
    private List<FormField> fields(String taskId) {
        try {
            return TaskForms.fields(engine.getFormService(), taskId);
        } catch (BadUserRequestException noForm) {
            return List.of();
        }
    }
}
