package gov.supervision.app.security;

import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.bpmn.ExtensionProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * What each role may do through Camunda's own doors (its webapps and REST API), written into Camunda's
 * authorizations on every start, so a database made by an earlier version is brought to the same policy:
 * <ul>
 *   <li>administrators ({@code camunda-admin}, no supervision role): everything Camunda's authorizations allow,
 *       within what the engine's guard lets any person do;</li>
 *   <li>supervisors: Tasklist for their work items, Cockpit to read every process, its variables and history;</li>
 *   <li>auditors: Cockpit, read only, as supervisors;</li>
 *   <li>units: Tasklist; they see and work on the tasks offered to their unit (the engine grants that per task:
 *       read, its variables, TASK_WORK) and start nothing;</li>
 *   <li>leaders: nothing in Camunda; they read through our API;</li>
 *   <li>every user: read its own account, not change or delete it.</li>
 *   <li>a work item's candidate group: read it, work on it, read its variables (granted per task by the engine).</li>
 * </ul>
 * The groups exist whether or not demo users are made: each unit of the directory is a group.
 */
@Component
@Order(5)
class AccessPolicy implements ApplicationRunner {

    static final String WORK_ITEMS_FILTER = "我的单位待办 (my unit's tasks)";

    /** What Cockpit reads, now that variables need their own permissions. */
    private static final Permission[] READ_PROCESSES = {ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE};

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final UnitDirectory units;

    AccessPolicy(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                 TaskService tasks, UnitDirectory units) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        group(Groups.CAMUNDA_ADMIN, "Camunda administrators", "SYSTEM");
        group(Groups.SUPERVISORS, "督查人员 Supervisors", Groups.ROLE_TYPE);
        group(Groups.AUDITORS, "审计人员 Auditors", Groups.ROLE_TYPE);
        group(Groups.UNITS, "责任单位 Units", Groups.ROLE_TYPE);
        group(Groups.LEADERS, "牵头领导 Lead leaders", Groups.ROLE_TYPE);
        units.singleUnits().forEach(unit -> group(unit.id(), unit.name(), Groups.UNIT_TYPE));

        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
        }
        String workItems = workItemsFilter();
        grant(Groups.SUPERVISORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Groups.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.SUPERVISORS, Resources.FILTER, workItems, Permissions.READ);
        readProcesses(Groups.SUPERVISORS);
        grant(Groups.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        readProcesses(Groups.AUDITORS);
        grant(Groups.UNITS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Groups.UNITS, Resources.FILTER, workItems, Permissions.READ);
        grant(Groups.UNITS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
        // granted by earlier versions: a unit started its extension process itself, and could start it anywhere
        revoke(Groups.UNITS, Resources.PROCESS_DEFINITION, ExtensionProcess.KEY);
        revoke(Groups.UNITS, Resources.PROCESS_INSTANCE, "*");
        ownAccountsReadOnly();
        workNotUpdate();
    }

    /**
     * Work items offered before this policy gave their candidate groups UPDATE (Camunda's default then): they get
     * what new ones get, read, work on, read variables.
     */
    private void workNotUpdate() {
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).list()
                .stream().filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .filter(a -> !Groups.CAMUNDA_ADMIN.equals(a.getGroupId()))
                .forEach(a -> {
                    a.setPermissions(new Permission[]{TaskPermissions.READ, TaskPermissions.TASK_WORK,
                            TaskPermissions.READ_VARIABLE});
                    authorizations.saveAuthorization(a);
                });
    }

    private void readProcesses(String groupId) {
        grant(groupId, Resources.PROCESS_DEFINITION, "*", READ_PROCESSES);
        grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(groupId, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    /** The group holds exactly these permissions on the resource (a few rows, written on every start). */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.setPermissions(permissions);
        authorizations.saveAuthorization(authorization);
    }

    private void revoke(String groupId, Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    /** Camunda gave users made before this policy all permissions on their own account. */
    private void ownAccountsReadOnly() {
        authorizations.createAuthorizationQuery().resourceType(Resources.USER).list().stream()
                .filter(a -> a.getUserId() != null && a.getUserId().equals(a.getResourceId()))
                .filter(a -> a.isPermissionGranted(Permissions.UPDATE) || a.isPermissionGranted(Permissions.DELETE))
                .forEach(a -> {
                    a.setPermissions(new Permission[]{Permissions.READ});
                    authorizations.saveAuthorization(a);
                });
    }

    /** Tasklist shows each user the tasks offered to its groups (its unit, or the supervisors) through this filter. */
    private String workItemsFilter() {
        Filter existing = filters.createFilterQuery().filterName(WORK_ITEMS_FILTER).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = filters.newTaskFilter(WORK_ITEMS_FILTER)
                .setQuery(tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks())
                .setProperties(Map.of("description", "Tasks for the units I act for", "priority", -10,
                        "refresh", true));
        return filters.saveFilter(filter).getId();
    }

}
