package gov.supervision.command.task.api;

/**
 * A unit's strikes on a task, and the task's strikes over all its units, as the task's events make them: each
 * missed acknowledgement, missed report, slow or ineffective assessment and unmet rectification is one.
 */
public record Strikes(int unit, int task) {

    public static final Strikes NONE = new Strikes(0, 0);
}
