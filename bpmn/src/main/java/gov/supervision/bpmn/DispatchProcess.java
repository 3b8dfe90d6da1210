package gov.supervision.bpmn;

/**
 * The {@code dispatch} process (交办): one instance per supervised task, its business key the task id.
 * Start → the task is dispatched → each lead unit acknowledges, then submits a progress report → end.
 * Keys, element ids and variable names live here only.
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
        public static final String SUBMIT_PROGRESS_REPORT = "Task_SubmitProgressReport";
        public static final String LEAD_UNIT_REPORTED = "EndEvent_LeadUnitReported";
        public static final String END = "EndEvent_AllLeadUnitsReported";

        private Elements() {
        }
    }

    public static final class Variables {
        /** the supervised task's id; also the business key */
        public static final String TASK_ID = "taskId";
        public static final String PLAN_NUMBER = "planNumber";
        public static final String TASK_NUMBER = "taskNumber";
        /** the supervisor who started the inspection */
        public static final String STARTED_BY = "startedBy";
        /** set by the dispatch step: the lead units the task went to */
        public static final String LEAD_UNIT_IDS = "leadUnitIds";
        /** in each lead unit's branch: that unit, also the candidate group of its user tasks */
        public static final String UNIT_ID = "unitId";

        private Variables() {
        }
    }

    /** The form fields of the user tasks, as Tasklist and the REST API submit them. */
    public static final class FormFields {
        public static final String RESPONSIBLE_PERSON = "responsiblePerson";
        public static final String REPORT_TEXT = "text";
        public static final String PERCENT_COMPLETE = "percentComplete";
        public static final String PROBLEMS = "problems";
        public static final String NEXT_STEPS = "nextSteps";

        private FormFields() {
        }
    }

    /** Spring bean names the model refers to. */
    public static final class Beans {
        public static final String DISPATCH_TASK_DELEGATE = "dispatchTaskDelegate";
        public static final String ACKNOWLEDGE_LISTENER = "acknowledgeTaskListener";
        public static final String SUBMIT_PROGRESS_REPORT_LISTENER = "submitProgressReportListener";

        private Beans() {
        }
    }

    private DispatchProcess() {
    }
}
