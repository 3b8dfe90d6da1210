package gov.supervision.process.reconciliation;

/**
 * A process instance Camunda runs for a task, as the reconciliation sees it.
 *
 * @param instanceId the process instance id
 * @param processKey its process definition key
 * @param taskId     its business key, or its {@code taskId} variable when it has no business key; null if neither
 * @param reference  its {@code escalationId} or {@code extensionId} variable (escalation and extension processes)
 */
record RunningProcess(String instanceId, String processKey, String taskId, String reference) {
}
