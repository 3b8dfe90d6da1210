package gov.supervision.process.guard;

import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.process.forms.FormField;
import gov.supervision.process.forms.FormSubmission;
import gov.supervision.process.forms.TaskForms;
import gov.supervision.process.identity.StepNotAllowed;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngineException;
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
    private final CompletedWorkItems completed;

    WorkItemSubmissions(ProcessEngineConfigurationImpl engine, CompletedWorkItems completed) {
        this.engine = engine;
        this.completed = completed;
    }

    void check(String taskId, Map<String, ?> variables) {
        TaskService tasks = engine.getTaskService();
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw notOpen(taskId);
        }
        List<FormField> fields;
        Map<String, Object> current;
        try {
            if (!mayWorkOn(task)) {
                if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                    throw notOpen(taskId); // completed meanwhile, and its authorizations with it
                }
                // who may read a task but not work on it (a supervisor on a unit's task) learns nothing of its form
                throw new StepNotAllowed("%s may not work on %s".formatted(person().getUserId(), task.getName()));
            }
            fields = fields(taskId);
            current = fields.isEmpty() ? Map.of()
                    : tasks.getVariables(taskId, fields.stream().map(FormField::id).toList());
        } catch (ProcessEngineException | NullPointerException failed) {
            // Camunda's reads of a task that is gone fail: not found, not authorized, or a null pointer in its check
            if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
                throw failed;
            }
            throw notOpen(taskId); // completed by another request, between the query and these reads
        }
        FormSubmission.check(task.getName(), fields, variables == null ? Map.of() : variables, current);
    }

    /** A completion of a work item that is not open: late (it was completed) or not found. */
    private RuntimeException notOpen(String taskId) {
        Authentication person = person();
        if (taskId != null && completed.wasCompletedFor(taskId, person.getUserId(),
                person.getGroupIds() == null ? List.of() : person.getGroupIds())) {
            return new TaskRulesRefused(new RuleViolation(Rule.ALREADY_COMPLETED,
                    "work item %s is completed already".formatted(taskId)));
        }
        return new NoSuchWorkItem("%s has no work item %s".formatted(person.getUserId(), taskId));
    }

    private boolean mayWorkOn(Task task) {
        Authentication person = person();
        List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        if (engine.getAdminGroups() != null && groups.stream().anyMatch(engine.getAdminGroups()::contains)) {
            return true;
        }
        AuthorizationService authorizations = engine.getAuthorizationService();
        String processKey = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return authorizations.isUserAuthorized(person.getUserId(), groups, Permissions.TASK_WORK, Resources.TASK,
                task.getId())
                || authorizations.isUserAuthorized(person.getUserId(), groups, ProcessDefinitionPermissions.TASK_WORK,
                Resources.PROCESS_DEFINITION, processKey);
    }

    private Authentication person() {
        return engine.getIdentityService().getCurrentAuthentication();
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
