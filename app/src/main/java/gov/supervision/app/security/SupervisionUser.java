package gov.supervision.app.security;

import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.Role;

import java.security.Principal;
import java.util.List;

/**
 * The authenticated user as the engine sees it: a login, what it acts as (none for an administrator of the engine
 * alone), for units the unit it acts for, and for leaders their name as the plans write it.
 *
 * @param groupIds every Camunda group the user is a member of
 */
public record SupervisionUser(String userId, Role role, String unitId, List<String> groupIds, String leaderName)
        implements Principal {

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

    /** The login, as the servlet container and Camunda's REST API read the authenticated principal. */
    @Override
    public String getName() {
        return userId;
    }
}
