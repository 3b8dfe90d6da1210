package gov.supervision.app.security;

/** Camunda groups that give a user its role; each unit is a group of type {@link #UNIT_TYPE} too. */
public final class Groups {

    public static final String SUPERVISORS = "supervisors";
    public static final String AUDITORS = "auditors";
    public static final String UNITS = "units";
    public static final String LEADERS = "leaders";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String ROLE_TYPE = "role";
    public static final String UNIT_TYPE = "unit";

    private Groups() {
    }
}
