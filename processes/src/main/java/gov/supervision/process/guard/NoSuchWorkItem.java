package gov.supervision.process.guard;

import org.camunda.bpm.engine.BadUserRequestException;

/** A completion of a work item that does not exist, or that the person may not see: not found, at every door. */
public class NoSuchWorkItem extends BadUserRequestException {

    /** Camunda's custom exception codes (20000-39999): no such work item */
    public static final int CODE = 24_040;

    public NoSuchWorkItem(String message) {
        super(message);
        setCode(CODE);
    }
}
