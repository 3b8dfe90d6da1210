package gov.supervision.app.web;

/** What a request names does not exist, or is not visible to its user. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
