package gov.supervision.command.task.api;

/**
 * The deployed decision that proposed a step: its key and version, so the history says which policy was in force.
 */
public record Policy(String decisionKey, int version) {
}
