package gov.supervision.process.identity;

/** A process step attempted by nobody, or by a user who does not act for the unit the step belongs to. */
public class StepNotAllowed extends RuntimeException {

    public StepNotAllowed(String message) {
        super(message);
    }
}
