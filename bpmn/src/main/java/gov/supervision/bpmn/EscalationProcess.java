package gov.supervision.bpmn;

/**
 * The {@code escalation} process (督办问责): one escalation of a unit's record on a task. The escalation policy
 * proposes the step, a supervisor decides it, and a rectification order has the unit rectify by a due time and a
 * supervisor verify it.
 */
public final class EscalationProcess {

    public static final String KEY = "escalation";
    public static final String RESOURCE = "bpmn/escalation.bpmn";

    public static final class Elements {
        public static final String PROPOSE_STEP = "BusinessRuleTask_ProposeStep";
        public static final String RAISE_SUPERVISION = "ServiceTask_RaiseSupervision";
        public static final String DECIDE_STEP = "Task_DecideStep";
        public static final String NOTICE_ISSUED = "EndEvent_NoticeIssued";
        public static final String RECTIFY = "Task_Rectify";
        public static final String TIMER_RECTIFICATION_REMINDER = "Timer_RectificationReminder";
        public static final String SEND_RECTIFICATION_REMINDER = "ServiceTask_SendRectificationReminder";
        public static final String TIMER_RECTIFICATION_DUE = "Timer_RectificationDue";
        public static final String RECORD_RECTIFICATION_MISSED = "ServiceTask_RecordRectificationMissed";
        public static final String ESCALATE_RECTIFICATION_MISSED = "ServiceTask_EscalateRectificationMissed";
        public static final String RECTIFICATION_DUE_EXTENDED = "Message_RectificationDueExtended";
        public static final String APPLY_RECTIFICATION_DUE = "ServiceTask_ApplyRectificationDue";
        public static final String VERIFY_RECTIFICATION = "Task_VerifyRectification";
        public static final String RECTIFIED = "EndEvent_Rectified";
        public static final String ESCALATE_RECTIFICATION_NOT_MET = "ServiceTask_EscalateRectificationNotMet";

        private Elements() {
        }
    }

    public static final class Variables {
        /** set by the proposal: the escalation's id, the proposed step and the policy version that proposed it */
        public static final String ESCALATION_ID = "escalationId";
        public static final String PROPOSED_STEP = "proposedStep";
        public static final String POLICY_VERSION = "policyVersion";
        /** set by the proposal: whether the task's strikes reached the raise threshold */
        public static final String RAISE_SUPERVISION = "raiseSupervision";
        /** set by the decision: whether a rectification was ordered */
        public static final String RECTIFICATION_ORDERED = "rectificationOrdered";
        /** set by the verification */
        public static final String RECTIFICATION_ACCEPTED = "rectificationAccepted";

        private Variables() {
        }
    }

    /** The form fields of the user tasks, as Tasklist and the REST API submit them. */
    public static final class FormFields {
        /** REMINDER, CRITICISM, ADMONITION or ACCOUNTABILITY; prefilled with the proposed step */
        public static final String STEP = "step";
        public static final String STEP_REASON = "stepReason";
        public static final String RECTIFICATION_TEXT = "rectificationText";
        public static final String RECTIFICATION_EVIDENCE = "rectificationEvidence";
        /** ACCEPT or REJECT */
        public static final String VERIFICATION = "verification";
        public static final String VERIFICATION_REASON = "verificationReason";

        private FormFields() {
        }
    }

    private EscalationProcess() {
    }
}
