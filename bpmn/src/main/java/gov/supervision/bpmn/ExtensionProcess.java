package gov.supervision.bpmn;

/**
 * The {@code extension} process (延期): a lead unit asks for more time on one due; a supervisor grants a new due
 * time, which moves the waiting step through its "DueExtended-…" message, or refuses. A request whose due is met or
 * missed first ends moot, through the "DueSettled-…" message the settling step sends.
 */
public final class ExtensionProcess {

    public static final String KEY = "extension";
    public static final String RESOURCE = "bpmn/extension.bpmn";

    public static final class Elements {
        public static final String REQUEST_EXTENSION = "ServiceTask_RequestExtension";
        public static final String DECIDE_EXTENSION = "Task_DecideExtension";
        public static final String MOVE_DUE_TIME = "ServiceTask_MoveDueTime";
        public static final String EXTENDED = "EndEvent_Extended";
        public static final String REFUSED = "EndEvent_Refused";
        /** the due was met or missed before the decision ("DueSettled-…" message): the request is moot */
        public static final String DUE_SETTLED = "Message_DueSettledUndecided";
        public static final String MOOT = "EndEvent_Moot";

        private Elements() {
        }
    }

    public static final class Variables {
        /** start variables: the due, the time asked for and why */
        public static final String REQUESTED_DUE_AT = "requestedDueAt";
        public static final String EXTENSION_REASON = "extensionReason";
        /** set by the request step */
        public static final String EXTENSION_ID = "extensionId";
        /** set by the decision */
        public static final String EXTENSION_GRANTED = "extensionGranted";

        private Variables() {
        }
    }

    /** The form fields of the user task, as Tasklist and the REST API submit them. */
    public static final class FormFields {
        /** GRANT or REFUSE */
        public static final String DECISION = "extensionDecision";
        /** the new due time, prefilled with the requested one */
        public static final String NEW_DUE_AT = "grantedDueAt";
        public static final String DECISION_REASON = "extensionDecisionReason";

        private FormFields() {
        }
    }

    private ExtensionProcess() {
    }
}
