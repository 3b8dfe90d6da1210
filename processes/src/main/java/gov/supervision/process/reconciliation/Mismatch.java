package gov.supervision.process.reconciliation;

/**
 * One difference between what a task's events say should run in Camunda and what does. Relied on from outside
 * (REST and CLI): fields may be added, never renamed or removed.
 *
 * @param taskId            the task (the process's business key); null only when a process names no task at all
 * @param planNumber        the task's plan, from its {@code TaskRegistered}; null for an unknown task
 * @param taskNumber        the task's number in its plan; null for an unknown task
 * @param kind              what is wrong
 * @param processKey        the BPMN process key: {@code dispatch}, {@code follow-up}, {@code escalation} or
 *                          {@code extension}
 * @param processInstanceId the Camunda process instance concerned; null for a {@link Kind#MISSING_PROCESS}
 * @param reference         the escalation ({@code E2}) or extension request ({@code X1}) the process is for, or the
 *                          due ({@code ack/gxj}) a {@link Kind#DUE_TIME_DIFFERS} is about; else null
 * @param detail            what the events say and what Camunda shows, in plain words
 */
public record Mismatch(String taskId, String planNumber, Integer taskNumber, Kind kind, String processKey,
                       String processInstanceId, String reference, String detail) {

    public enum Kind {
        /** the task is open and its events call for this process, but none runs */
        MISSING_PROCESS,
        /** a process runs for an open task whose events do not call for it (ended, never started, or a second one) */
        UNEXPECTED_PROCESS,
        /** a process runs for a closed task; a closed task runs none */
        PROCESS_FOR_CLOSED_TASK,
        /** a process runs for a task withdrawn from its plan; a withdrawn task runs none */
        PROCESS_FOR_WITHDRAWN_TASK,
        /** a process runs whose business key (and taskId variable) names no registered task */
        PROCESS_FOR_UNKNOWN_TASK,
        /**
         * a due timer fires at another time than the task's events say the due is due (its reference is the due's
         * id), or waits on a due the events say is met or missed
         */
        DUE_TIME_DIFFERS
    }
}
