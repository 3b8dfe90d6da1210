package gov.supervision.command.task.api;

/** Why a unit's record on a task is escalated. */
public enum EscalationReason {
    NOT_ACKNOWLEDGED,
    REPORT_OVERDUE,
    SLOW_PROGRESS,
    INEFFECTIVE,
    RECTIFICATION_NOT_MET
}
