package gov.supervision.app.worklist;

import gov.supervision.app.security.CamundaUser;
import gov.supervision.app.security.SupervisionUser;
import gov.supervision.app.web.NotFound;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.process.forms.FormField;
import gov.supervision.process.forms.TaskForms;
import gov.supervision.process.guard.CompletedWorkItems;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current user's open BPMN user tasks, and their completion with form data. Completion runs as the user in
 * Camunda (its authorizations apply, and the process sees who completed the task), so the command the step
 * sends carries the authenticated user as its actor.
 */
@Service
public class Worklist {

    private static final List<String> ITEM_VARIABLES = List.of(TaskVariables.TASK_ID, TaskVariables.PLAN_NUMBER,
            TaskVariables.TASK_NUMBER, TaskVariables.UNIT_ID, TaskVariables.DUE_ID, TaskVariables.DUE_AT);

    private final TaskService tasks;
    private final FormService forms;
    private final CamundaUser camundaUser;
    private final RepositoryService repository;
    private final CompletedWorkItems completed;

    Worklist(TaskService tasks, FormService forms, CamundaUser camundaUser, RepositoryService repository,
             CompletedWorkItems completed) {
        this.completed = completed;
        this.tasks = tasks;
        this.forms = forms;
        this.camundaUser = camundaUser;
        this.repository = repository;
    }

    /** The user's open items, optionally only those of one plan, task number or step (the model's element id). */
    public List<WorkItem> openItems(SupervisionUser user, String planNumber, Integer taskNumber, String step) {
        TaskQuery query = query(user);
        if (step != null) {
            query.taskDefinitionKey(step);
        }
        if (planNumber != null) {
            query.processVariableValueEquals(TaskVariables.PLAN_NUMBER, planNumber);
        }
        if (taskNumber != null) {
            query.processVariableValueEquals(TaskVariables.TASK_NUMBER, taskNumber);
        }
        return items(query.orderByTaskCreateTime().asc().list());
    }

    /** Completes the user's work item with the form values; answers what the user has open next on that task. */
    public List<WorkItem> complete(SupervisionUser user, String workItemId, Map<String, Object> values) {
        Task task = query(user).taskId(workItemId).singleResult();
        if (task == null) {
            throw notOpen(user, workItemId);
        }
        Map<String, Object> submitted;
        String supervisedTask;
        try {
            submitted = SubmittedValues.of(TaskForms.fields(forms, task.getId()), values);
            supervisedTask = (String) tasks.getVariable(task.getId(), TaskVariables.TASK_ID);
        } catch (ProcessEngineException | NullPointerException failed) {
            if (tasks.createTaskQuery().taskId(workItemId).count() > 0) {
                throw failed;
            }
            throw notOpen(user, workItemId); // completed by another request, between the query and these reads
        }
        // as the user, as Tasklist does: the engine checks the values against the task's form for every door
        camundaUser.runAs(user, () -> forms.submitTaskForm(task.getId(), submitted));
        return items(query(user).processInstanceBusinessKey(supervisedTask).list());
    }

    private RuntimeException notOpen(SupervisionUser user, String workItemId) {
        if (completed.wasCompletedFor(workItemId, user.userId(), user.groupIds())) {
            return new RuleViolation(Rule.ALREADY_COMPLETED, "work item %s is completed already".formatted(workItemId));
        }
        return new NotFound("no open work item %s for user %s".formatted(workItemId, user.userId()));
    }

    /** The items still open: one completed by another request while the list is read is left out, not an error. */
    private List<WorkItem> items(List<Task> found) {
        List<WorkItem> items = new ArrayList<>();
        for (Task task : found) {
            try {
                items.add(item(task));
            } catch (ProcessEngineException | NullPointerException failed) {
                // Camunda's form and variable reads fail (not found, not authorized, a null pointer in its check) for a
                // task completed between the query and them: left out; anything else is a failure
                if (tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
                    throw failed;
                }
            }
        }
        return items;
    }

    private TaskQuery query(SupervisionUser user) {
        return tasks.createTaskQuery().taskCandidateGroupIn(user.groupIds()).includeAssignedTasks().active();
    }

    private WorkItem item(Task task) {
        List<FormField> fields = TaskForms.fields(forms, task.getId());
        List<String> names = new ArrayList<>(ITEM_VARIABLES);
        fields.forEach(field -> names.add(field.id()));
        Map<String, Object> variables = tasks.getVariables(task.getId(), names);
        Map<String, Object> values = new HashMap<>();
        fields.forEach(field -> values.put(field.id(), variables.get(field.id())));
        Number taskNumber = (Number) variables.get(TaskVariables.TASK_NUMBER);
        Date dueAt = (Date) variables.get(TaskVariables.DUE_AT);
        return new WorkItem(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey(task),
                (String) variables.get(TaskVariables.TASK_ID), (String) variables.get(TaskVariables.PLAN_NUMBER),
                taskNumber == null ? null : taskNumber.intValue(), (String) variables.get(TaskVariables.UNIT_ID),
                task.getCreateTime().toInstant(), (String) variables.get(TaskVariables.DUE_ID),
                dueAt == null ? null : dueAt.toInstant(), fields, values);
    }

    private String processKey(Task task) {
        return repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }
}
