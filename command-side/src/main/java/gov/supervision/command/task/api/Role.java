package gov.supervision.command.task.api;

/** What a person acts as. The system acts for itself when it imports a plan or a timer fires. */
public enum Role {
    SUPERVISOR,
    UNIT,
    AUDITOR,
    SYSTEM,
    /** a lead leader (牵头领导): reads the ledger of the tasks they lead; sends no commands */
    LEADER
}
