package gov.supervision.command.task.api;

/** The rules of a supervised task a command can break; each rejection names one. */
public enum Rule {
    INVALID_TASK,
    ALREADY_REGISTERED_DIFFERENTLY,
    ONLY_SUPERVISOR,
    ALREADY_DISPATCHED,
    NOT_DISPATCHED,
    NOT_A_LEAD_UNIT,
    ALREADY_ACKNOWLEDGED,
    NOT_ACKNOWLEDGED,
    INVALID_ACKNOWLEDGEMENT,
    INVALID_REPORT
}
