package gov.supervision.command.task.api;

/** What a unit owes by a due time. */
public enum DueKind {
    ACKNOWLEDGEMENT,
    REPORT,
    RECTIFICATION
}
