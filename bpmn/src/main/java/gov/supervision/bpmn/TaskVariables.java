package gov.supervision.bpmn;

/** Variables every supervision process of a task uses; each process's own are in its descriptor. */
public final class TaskVariables {

    /** the supervised task's id; also every process's business key */
    public static final String TASK_ID = "taskId";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String TASK_NUMBER = "taskNumber";
    /** the lead units of the task, also the candidate groups of their user tasks */
    public static final String LEAD_UNIT_IDS = "leadUnitIds";
    /** in a unit's branch or escalation: that unit, also the candidate group of its user tasks */
    public static final String UNIT_ID = "unitId";

    /** what the waiting step owes (see DueIds): also names the "DueExtended-…" message that moves it */
    public static final String DUE_ID = "dueId";
    /** when the waiting step is due: its due timer fires then */
    public static final String DUE_AT = "dueAt";
    /** when the waiting step's reminder goes out */
    public static final String REMINDER_AT = "reminderAt";
    /**
     * set by the "DueExtended-…" message: the due time granted, for reading; the step re-arms its timers at the due
     * time the task's record holds, never at this value
     */
    public static final String NEW_DUE_AT = "newDueAt";

    /** the unit's and the task's strikes after the step that recorded a lapse or an assessment */
    public static final String STRIKES = "strikes";
    public static final String TASK_STRIKES = "taskStrikes";
    public static final String DAYS_LATE = "daysLate";
    /** why a unit is escalated (EscalationReason); an input of each "Escalate" step */
    public static final String ESCALATION_REASON = "escalationReason";
    /** the follow-up round a report or an escalation belongs to */
    public static final String REPORT_ROUND = "reportRound";
    public static final String ASSESSMENT = "assessment";

    /** the supervisor who started the inspection */
    public static final String STARTED_BY = "startedBy";

    /** The message a granted extension sends to the step waiting on {@code dueId}. */
    public static String dueExtendedMessage(String dueId) {
        return "DueExtended-" + dueId;
    }

    /** Sent when a due is met or missed: an undecided request for more time on it ends moot. */
    public static String dueSettledMessage(String dueId) {
        return "DueSettled-" + dueId;
    }

    private TaskVariables() {
    }
}
