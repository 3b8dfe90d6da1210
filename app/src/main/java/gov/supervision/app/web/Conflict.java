package gov.supervision.app.web;

/** A request that cannot be carried out in the engine's present state (answered 409); it changed nothing. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }

    public Conflict(String message, Throwable cause) {
        super(message, cause);
    }
}
