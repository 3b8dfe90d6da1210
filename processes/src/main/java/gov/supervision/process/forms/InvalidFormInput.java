package gov.supervision.process.forms;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A value submitted to a user task's form that the step cannot take; names the field and the reason. A bad request
 * to Camunda's doors as to ours (its code tells the doors' problem answers which field it names).
 */
public class InvalidFormInput extends BadUserRequestException {

    /** Camunda's custom exception codes (20000-39999): a bad form value */
    public static final int CODE = 24_000;

    private final String field;

    public InvalidFormInput(String field, String message) {
        this(field, message, null);
    }

    public InvalidFormInput(String field, String message, Throwable cause) {
        super(field + ": " + message, cause);
        this.field = field;
        setCode(CODE);
    }

    public String field() {
        return field;
    }
}
