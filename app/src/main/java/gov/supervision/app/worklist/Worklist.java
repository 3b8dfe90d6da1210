package gov.supervision.app.worklist;

import gov.supervision.app.security.SupervisionUser;
import gov.supervision.app.web.NotFound;
import gov.supervision.bpmn.DispatchProcess.Variables;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/**
 * The current user's open BPMN user tasks, and their completion with form data. Completion runs as the user in
 * Camunda (its authorizations apply, and the process sees who completed the task), so the command the step
 * sends carries the authenticated user as its actor.
 */
@Service
public class Worklist {

    private static final List<String> ITEM_VARIABLES = List.of(Variables.TASK_ID, Variables.PLAN_NUMBER,
            Variables.TASK_NUMBER, Variables.UNIT_ID);

    private final TaskService tasks;
    private final FormService forms;
    private final IdentityService identity;

    Worklist(TaskService tasks, FormService forms, IdentityService identity) {
        this.tasks = tasks;
        this.forms = forms;
        this.identity = identity;
    }

    /** The user's open items, optionally only those of one plan and task number. */
    public List<WorkItem> openItems(SupervisionUser user, String planNumber, Integer taskNumber) {
        TaskQuery query = query(user);
        if (planNumber != null) {
            query.processVariableValueEquals(Variables.PLAN_NUMBER, planNumber);
        }
        if (taskNumber != null) {
            query.processVariableValueEquals(Variables.TASK_NUMBER, taskNumber);
        }
        return query.orderByTaskCreateTime().asc().list().stream().map(this::item).toList();
    }

    /** Completes the user's work item with the form values; answers what the user has open next on that task. */
    public List<WorkItem> complete(SupervisionUser user, String workItemId, Map<String, Object> values) {
        Task task = query(user).taskId(workItemId).singleResult();
        if (task == null) {
            throw new NotFound("no open work item %s for user %s".formatted(workItemId, user.userId()));
        }
        Map<String, Object> submitted = FormValues.convert(task.getName(), fields(task.getId()), values);
        identity.setAuthentication(user.userId(), user.groupIds());
        try {
            forms.submitTaskForm(task.getId(), submitted);
        } finally {
            identity.clearAuthentication();
        }
        return query(user).processInstanceId(task.getProcessInstanceId()).list().stream().map(this::item).toList();
    }

    private TaskQuery query(SupervisionUser user) {
        return tasks.createTaskQuery().taskCandidateGroupIn(user.groupIds()).includeAssignedTasks().active();
    }

    private WorkItem item(Task task) {
        Map<String, Object> variables = tasks.getVariables(task.getId(), ITEM_VARIABLES);
        Number taskNumber = (Number) variables.get(Variables.TASK_NUMBER);
        return new WorkItem(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                (String) variables.get(Variables.TASK_ID), (String) variables.get(Variables.PLAN_NUMBER),
                taskNumber == null ? null : taskNumber.intValue(), (String) variables.get(Variables.UNIT_ID),
                task.getCreateTime().toInstant(), fields(task.getId()).stream().map(Worklist::field).toList());
    }

    private List<FormField> fields(String taskId) {
        return forms.getTaskFormData(taskId).getFormFields();
    }

    private static WorkItem.Field field(FormField field) {
        boolean required = field.getValidationConstraints().stream().anyMatch(c -> "required".equals(c.getName()));
        return new WorkItem.Field(field.getId(), field.getLabel(), field.getTypeName(), required);
    }
}
