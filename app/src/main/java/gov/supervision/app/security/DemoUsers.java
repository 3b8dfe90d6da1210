package gov.supervision.app.security;

import gov.supervision.app.leader.LeaderDirectory;
import gov.supervision.app.unit.UnitDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the demo users in Camunda's identity service, where the REST API, Cockpit and Tasklist all find them:
 * {@code admin} (the engine's administrator, no supervision role), {@code supervisor}, {@code auditor}, one user
 * per unit of the directory (its id is the login) and one per lead leader of the leader directory. On the embedded
 * default each password is the user name; on a PostgreSQL server demo users are created only when
 * {@code supervision.demo-users.password} is set, and all get that password. Existing users keep their password;
 * their memberships are brought to the roles above (an earlier version made the supervisor an administrator).
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
    static final String LEADER_LAST_NAME = "牵头领导";
    static final String ADMIN = "admin";

    private final IdentityService identity;
    private final UnitDirectory units;
    private final LeaderDirectory leaders;
    private final Environment environment;

    DemoUsers(IdentityService identity, UnitDirectory units, LeaderDirectory leaders, Environment environment) {
        this.identity = identity;
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
        user(ADMIN, "系统", "管理员", password, Groups.CAMUNDA_ADMIN);
        user("supervisor", "督查", "人员", password, Groups.SUPERVISORS);
        notMember("supervisor", Groups.CAMUNDA_ADMIN);
        user("auditor", "审计", "人员", password, Groups.AUDITORS);
        for (UnitDirectory.Entry unit : units.singleUnits()) {
            user(unit.id(), unit.name(), "联络员", password, unit.id(), Groups.UNITS);
        }
        // the leader's name as the plans write it comes from the leader directory, not from this profile
        for (LeaderDirectory.Leader leader : leaders.leaders()) {
            user(leader.id(), leader.name(), LEADER_LAST_NAME, password, Groups.LEADERS);
        }
    }

    private void user(String id, String firstName, String lastName, String password, String... groupIds) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(StringUtils.hasText(password) ? password : id);
            identity.saveUser(user);
        }
        for (String groupId : groupIds) {
            if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(id, groupId);
            }
        }
    }

    private void notMember(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
            identity.deleteMembership(userId, groupId);
        }
    }
}
