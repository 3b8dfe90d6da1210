package gov.supervision.app.security;

import gov.supervision.app.leader.LeaderDirectory;
import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.bpmn.ExtensionProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * Creates the demo users in Camunda's identity service, where the REST API, Cockpit and Tasklist all find them:
 * {@code supervisor}, {@code auditor}, one user per unit of the directory (its id is the login) and one per lead
 * leader of the leader directory. On the
 * embedded default each password is the user name; on a PostgreSQL server demo users are created only when
 * {@code supervision.demo-users.password} is set, and all get that password. Existing users are left alone.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
    static final String LEADER_LAST_NAME = "牵头领导";
    static final String UNIT_TASKS_FILTER = "我的单位待办 (my unit's tasks)";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final UnitDirectory units;
    private final LeaderDirectory leaders;
    private final Environment environment;

    DemoUsers(IdentityService identity, AuthorizationService authorizations, FilterService filters,
              TaskService tasks, UnitDirectory units, LeaderDirectory leaders, Environment environment) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.units = units;
        this.leaders = leaders;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty("supervision.demo-users.enabled", Boolean.class, true)) {
            return;
        }
        String password = environment.getProperty("supervision.demo-users.password", "");
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        if (!StringUtils.hasText(password) && !embedded) {
            LOG.warn("No demo users on a PostgreSQL server: set supervision.demo-users.password to create them");
            return;
        }
        group(Groups.CAMUNDA_ADMIN, "Camunda administrators", "SYSTEM");
        group(Groups.SUPERVISORS, "督查人员 Supervisors", Groups.ROLE_TYPE);
        group(Groups.AUDITORS, "审计人员 Auditors", Groups.ROLE_TYPE);
        group(Groups.UNITS, "责任单位 Units", Groups.ROLE_TYPE);
        group(Groups.LEADERS, "牵头领导 Lead leaders", Groups.ROLE_TYPE);
        user("supervisor", "督查", "人员", password, Groups.SUPERVISORS, Groups.CAMUNDA_ADMIN);
        user("auditor", "审计", "人员", password, Groups.AUDITORS);
        for (UnitDirectory.Entry unit : units.singleUnits()) {
            group(unit.id(), unit.name(), Groups.UNIT_TYPE);
            user(unit.id(), unit.name(), "联络员", password, unit.id(), Groups.UNITS);
        }
        // a leader's first name is their name as the plans write it: the ledger is matched on it
        for (LeaderDirectory.Leader leader : leaders.leaders()) {
            user(leader.id(), leader.name(), LEADER_LAST_NAME, password, Groups.LEADERS);
        }
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
        }
        grant(Groups.UNITS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Groups.UNITS, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        // a unit asks for more time by starting an extension process as itself (and only that process)
        grant(Groups.UNITS, Resources.PROCESS_DEFINITION, ExtensionProcess.KEY, Permissions.CREATE_INSTANCE);
        grant(Groups.UNITS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        grant(Groups.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.AUDITORS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(Groups.AUDITORS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(Groups.AUDITORS, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(Groups.AUDITORS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(Groups.UNITS, Resources.FILTER, unitTasksFilter(), Permissions.READ);
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void user(String id, String firstName, String lastName, String password, String... groupIds) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(StringUtils.hasText(password) ? password : id);
        identity.saveUser(user);
        for (String groupId : groupIds) {
            identity.createMembership(id, groupId);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean granted = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (!granted) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            for (Permission permission : permissions) {
                authorization.addPermission(permission);
            }
            authorizations.saveAuthorization(authorization);
        }
    }

    /** Tasklist shows a unit the tasks of its groups through this filter. */
    private String unitTasksFilter() {
        Filter existing = filters.createFilterQuery().filterName(UNIT_TASKS_FILTER).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = filters.newTaskFilter(UNIT_TASKS_FILTER)
                .setQuery(tasks.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks())
                .setProperties(Map.of("description", "Tasks for the units I act for", "priority", -10,
                        "refresh", true));
        return filters.saveFilter(filter).getId();
    }
}
