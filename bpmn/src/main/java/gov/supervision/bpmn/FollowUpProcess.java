package gov.supervision.bpmn;

/**
 * The {@code follow-up} process (调度): the weekly follow-up of one task, called by {@code dispatch} or started
 * again when a closed task is reopened. Rounds open on the plan's schedule and ask each lead unit for a report that
 * a supervisor reviews; alongside, the lead units may request close-out. Closing ends everything of the task; a
 * "StopFollowUp" message stops the follow-up.
 */
public final class FollowUpProcess {

    public static final String KEY = "follow-up";
    public static final String RESOURCE = "bpmn/follow-up.bpmn";
    public static final String STOP_MESSAGE = "StopFollowUp";

    public static final class Elements {
        public static final String START_FOLLOW_UP = "ServiceTask_StartFollowUp";
        public static final String TIMER_FIRST_ROUND = "Timer_FirstRound";
        public static final String OPEN_ROUND = "ServiceTask_OpenRound";
        public static final String TIMER_NEXT_ROUND = "Timer_NextRound";
        public static final String REPORT = "SubProcess_Report";
        public static final String SUBMIT_PROGRESS_REPORT = "Task_SubmitProgressReport";
        public static final String TIMER_REPORT_REMINDER = "Timer_ReportReminder";
        public static final String SEND_REPORT_REMINDER = "ServiceTask_SendReportReminder";
        public static final String TIMER_REPORT_DUE = "Timer_ReportDue";
        public static final String RECORD_REPORT_OVERDUE = "ServiceTask_RecordReportOverdue";
        public static final String ESCALATE_REPORT_OVERDUE = "ServiceTask_EscalateReportOverdue";
        public static final String REPORT_DUE_EXTENDED = "Message_ReportDueExtended";
        public static final String APPLY_REPORT_DUE = "ServiceTask_ApplyReportDue";
        public static final String REVIEW_REPORT = "Task_ReviewReport";
        public static final String ESCALATE_PROGRESS = "ServiceTask_EscalateProgress";
        public static final String REPORT_ACCEPTED = "EndEvent_ReportAccepted";
        public static final String REPORT_MISSED = "EndEvent_ReportMissed";
        public static final String REQUEST_CLOSE_OUT = "Task_RequestCloseOut";
        public static final String VERIFY_CLOSE_OUT = "Task_VerifyCloseOut";
        public static final String END_TASK_PROCESSES = "ServiceTask_EndTaskProcesses";
        public static final String TASK_CLOSED = "EndEvent_TaskClosed";
        public static final String STOP_FOLLOW_UP = "ServiceTask_StopFollowUp";
        public static final String FOLLOW_UP_STOPPED = "EndEvent_FollowUpStopped";

        private Elements() {
        }
    }

    public static final class Variables {
        /** set by the start step: whether the first round opens at once, else at {@link #NEXT_ROUND_AT} */
        public static final String FIRST_ROUND_NOW = "firstRoundNow";
        /** set by the start and open steps: when the next round opens */
        public static final String NEXT_ROUND_AT = "nextRoundAt";
        /** set by the open step: the round just opened, its due time and its reminder time */
        public static final String ROUND = "round";
        public static final String ROUND_DUE_AT = "roundDueAt";
        public static final String ROUND_REMINDER_AT = "roundReminderAt";
        /** in a unit's report branch: the report it submitted */
        public static final String REPORT_ID = "reportId";
        /** in a unit's report branch, set by the review: RETURNED, ESCALATE or ACCEPTED */
        public static final String REVIEW_OUTCOME = "reviewOutcome";
        /** set by the close-out verification: CLOSE or RETURN */
        public static final String CLOSE_DECISION = "closeDecision";
        /** sent with the {@link FollowUpProcess#STOP_MESSAGE}: why the follow-up stops */
        public static final String STOP_REASON = "stopReason";

        private Variables() {
        }
    }

    public static final class ReviewOutcomes {
        public static final String RETURNED = "RETURNED";
        public static final String ESCALATE = "ESCALATE";
        public static final String ACCEPTED = "ACCEPTED";

        private ReviewOutcomes() {
        }
    }

    /** The form fields of the user tasks, as Tasklist and the REST API submit them. */
    public static final class FormFields {
        public static final String REPORT_TEXT = "text";
        public static final String PERCENT_COMPLETE = "percentComplete";
        public static final String PROBLEMS = "problems";
        public static final String NEXT_STEPS = "nextSteps";
        /** evidence references, one per line */
        public static final String EVIDENCE = "evidence";
        /** ids of cooperating units' contributions, separated by commas or spaces */
        public static final String CITED_CONTRIBUTIONS = "citedContributions";
        /** ACCEPT or RETURN */
        public static final String REVIEW_DECISION = "reviewDecision";
        /** ON_TRACK, SLOW or INEFFECTIVE */
        public static final String ASSESSMENT = "assessment";
        public static final String REVIEW_REASON = "reviewReason";
        public static final String COMPLETION_EVIDENCE = "completionEvidence";
        public static final String COMPLETION_NOTE = "completionNote";
        /** CLOSE or RETURN */
        public static final String CLOSE_DECISION = "closeDecision";
        public static final String CLOSE_REASON = "closeReason";

        private FormFields() {
        }
    }

    private FollowUpProcess() {
    }
}
