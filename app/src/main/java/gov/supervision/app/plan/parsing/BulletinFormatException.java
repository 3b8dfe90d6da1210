package gov.supervision.app.plan.parsing;

/**
 * The bulletin text is not what the parser expects, so nothing of it may be imported. The message names the line
 * and what was expected: {@code line 12: task 9: the responsibility parenthesis opened here is not closed}.
 */
public class BulletinFormatException extends RuntimeException {

    private final int line;

    public BulletinFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based line of the bulletin where the problem is. */
    public int line() {
        return line;
    }
}
