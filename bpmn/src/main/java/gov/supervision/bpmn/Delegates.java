package gov.supervision.bpmn;

/** The Spring bean names the models call: delegates of service steps and listeners of user tasks. */
public final class Delegates {

    // dispatch
    public static final String DISPATCH_TASK = "dispatchTaskDelegate";
    public static final String ACKNOWLEDGE = "acknowledgeTaskListener";
    // shared by the models
    public static final String SEND_REMINDER = "sendReminderDelegate";
    public static final String RECORD_OVERDUE = "recordOverdueDelegate";
    public static final String START_ESCALATION = "startEscalationDelegate";
    public static final String APPLY_NEW_DUE = "applyNewDueDelegate";
    // follow-up
    public static final String START_FOLLOW_UP = "startFollowUpDelegate";
    public static final String OPEN_ROUND = "openRoundDelegate";
    public static final String SUBMIT_PROGRESS_REPORT = "submitProgressReportListener";
    public static final String REVIEW_REPORT = "reviewReportListener";
    public static final String REQUEST_COMPLETION = "requestCompletionListener";
    public static final String VERIFY_COMPLETION = "verifyCompletionListener";
    public static final String END_TASK_PROCESSES = "endTaskProcessesDelegate";
    public static final String STOP_FOLLOW_UP = "stopFollowUpDelegate";
    // escalation
    public static final String PROPOSE_ESCALATION = "proposeEscalationDelegate";
    public static final String RAISE_SUPERVISION = "raiseSupervisionDelegate";
    public static final String ISSUE_NOTICE = "issueNoticeListener";
    public static final String REPORT_RECTIFICATION = "reportRectificationListener";
    public static final String VERIFY_RECTIFICATION = "verifyRectificationListener";
    // extension
    public static final String REQUEST_EXTENSION = "requestExtensionDelegate";
    public static final String DECIDE_EXTENSION = "decideExtensionListener";
    public static final String MOVE_DUE_TIME = "moveDueTimeDelegate";

    private Delegates() {
    }
}
