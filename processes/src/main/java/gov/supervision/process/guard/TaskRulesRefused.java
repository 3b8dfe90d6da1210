package gov.supervision.process.guard;

import gov.supervision.command.task.api.RuleViolation;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A person's step that the task's rules refused, as Camunda's doors see it: its message starts with the rule's
 * name, its code says it is a refusal by the rules (answered 409 like our API's), and the rule violation is its
 * cause for our own API to read.
 */
public class TaskRulesRefused extends BadUserRequestException {

    /** Camunda's custom exception codes (20000-39999): refused by the task's rules */
    public static final int CODE = 24_090;

    public TaskRulesRefused(RuleViolation violation) {
        super(violation.rule().name() + ": " + violation.getMessage(), violation);
        setCode(CODE);
    }
}
