package gov.supervision.command.task.api;

/**
 * A command carrying text the record cannot hold as given: a control character (NUL among them), half of a
 * surrogate pair, or more characters than the field takes. Names the field; nothing was applied.
 */
public class InvalidText extends RuleViolation {

    private final String field;

    public InvalidText(String field, String message) {
        super(Rule.INVALID_TEXT, field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
