package gov.supervision.app.security;

import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.Role;

import java.util.List;

/**
 * The authenticated user as the engine sees it: a login, what it acts as, for units the unit it acts for, and for
 * leaders their name as the plans write it.
 *
 * @param groupIds every Camunda group the user is a member of
 */
public record SupervisionUser(String userId, Role role, String unitId, List<String> groupIds, String leaderName) {

    public SupervisionUser(String userId, Role role, String unitId, List<String> groupIds) {
        this(userId, role, unitId, groupIds, null);
    }

    public Actor actor() {
        return new Actor(userId, role, unitId);
    }

    public boolean isUnit() {
        return role == Role.UNIT;
    }

    public boolean isLeader() {
        return role == Role.LEADER;
    }
}
