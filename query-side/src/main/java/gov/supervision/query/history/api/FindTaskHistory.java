package gov.supervision.query.history.api;

/** Every event of one task, in the order it was appended. */
public record FindTaskHistory(String taskId) {
}
