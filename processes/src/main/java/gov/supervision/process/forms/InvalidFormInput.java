package gov.supervision.process.forms;

/** A value submitted to a user task's form that the step cannot take; names the field and the reason. */
public class InvalidFormInput extends RuntimeException {

    private final String field;

    public InvalidFormInput(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
