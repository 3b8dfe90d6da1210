package gov.supervision.command.task.api;

/** What a person acts as. The system acts for itself when it imports a plan or a timer fires. */
public enum Role {
    SUPERVISOR,
    UNIT,
    AUDITOR,
    SYSTEM
}
