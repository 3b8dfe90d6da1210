package gov.supervision.command.task.api;

/**
 * A command rejected by the rules of a supervised task. Nothing was applied: the aggregate guards before it
 * applies an event, so the event log is unchanged.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
