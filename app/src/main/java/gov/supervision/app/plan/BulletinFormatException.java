package gov.supervision.app.plan;

/** The bulletin text is not what the parser expects; the message names the line and what was expected. */
public class BulletinFormatException extends RuntimeException {

    public BulletinFormatException(String message) {
        super(message);
    }
}
