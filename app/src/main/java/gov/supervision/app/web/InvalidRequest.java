package gov.supervision.app.web;

/** A request that cannot be carried out as sent; the message names the field and the reason. */
public class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
