package gov.supervision.bpmn;

/**
 * The {@code dispatch} process (交办): one instance per supervised task, its business key the task id.
 * Start → the task is dispatched → each lead unit acknowledges by its due time (a reminder before it, an escalation
 * when it lapses, a granted extension moves it) → the weekly follow-up runs as a called process until the task is
 * closed. Keys, element ids and variable names live here only.
 */
public final class DispatchProcess {

    /** Relied on from outside: the BPMN process key. */
    public static final String KEY = "dispatch";
    public static final String RESOURCE = "bpmn/dispatch.bpmn";

    public static final class Elements {
        public static final String START = "StartEvent_InspectionStarted";
        public static final String DISPATCH_TASK = "ServiceTask_DispatchTask";
        public static final String LEAD_UNIT = "SubProcess_LeadUnit";
        public static final String ACKNOWLEDGE = "Task_Acknowledge";
        public static final String ACKNOWLEDGED = "EndEvent_Acknowledged";
        public static final String TIMER_REMINDER = "Timer_AcknowledgementReminder";
        public static final String SEND_REMINDER = "ServiceTask_SendAcknowledgementReminder";
        public static final String TIMER_DUE = "Timer_AcknowledgementDue";
        public static final String RECORD_OVERDUE = "ServiceTask_RecordAcknowledgementOverdue";
        public static final String ESCALATE = "ServiceTask_EscalateNotAcknowledged";
        public static final String DUE_EXTENDED = "Message_AcknowledgementDueExtended";
        public static final String APPLY_NEW_DUE = "ServiceTask_ApplyAcknowledgementDue";
        public static final String FOLLOW_UP = "CallActivity_FollowUp";
        public static final String END = "EndEvent_FollowUpEnded";

        private Elements() {
        }
    }

    public static final class Variables {
        /** set by the dispatch step */
        public static final String ACKNOWLEDGEMENT_DUE_AT = "acknowledgementDueAt";
        public static final String ACKNOWLEDGEMENT_REMINDER_AT = "acknowledgementReminderAt";

        private Variables() {
        }
    }

    /** The form fields of the user tasks, as Tasklist and the REST API submit them. */
    public static final class FormFields {
        public static final String RESPONSIBLE_PERSON = "responsiblePerson";

        private FormFields() {
        }
    }

    private DispatchProcess() {
    }
}
