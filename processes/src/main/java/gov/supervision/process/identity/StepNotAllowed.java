package gov.supervision.process.identity;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A process step attempted by nobody, by a user who does not act for the unit the step belongs to, or by any user
 * around the supervised steps (the engine's guard). Forbidden at every door.
 */
public class StepNotAllowed extends AuthorizationException {

    /** Camunda's custom exception codes (20000-39999): a step this user may not take */
    public static final int CODE = 24_030;

    public StepNotAllowed(String message) {
        super(message);
        setCode(CODE);
    }
}
