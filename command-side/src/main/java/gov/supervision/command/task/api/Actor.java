package gov.supervision.command.task.api;

import java.util.Objects;

/**
 * Who did something: always taken from the authenticated user (or the system), never from a request body.
 *
 * @param userId the user's login
 * @param role   what the user acts as
 * @param unitId the unit the user acts for; only for {@link Role#UNIT}
 */
public record Actor(String userId, Role role, String unitId) {

    public static final Actor SYSTEM = new Actor("system", Role.SYSTEM, null);

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (role == Role.UNIT && (unitId == null || unitId.isBlank())) {
            throw new IllegalArgumentException("a unit actor needs the unit it acts for");
        }
    }

    public static Actor supervisor(String userId) {
        return new Actor(userId, Role.SUPERVISOR, null);
    }

    public static Actor unit(String userId, String unitId) {
        return new Actor(userId, Role.UNIT, unitId);
    }

    public boolean actsFor(String unitId) {
        return role == Role.UNIT && this.unitId.equals(unitId);
    }
}
