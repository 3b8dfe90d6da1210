package gov.supervision.bpmn;

/**
 * The escalation policy of "notify or hold accountable" (督办问责), as three decision tables in
 * {@value #RESOURCE}:
 * <ul>
 *   <li>{@value #DECISION}: the step proposed from a unit's record on a task — no strike yet → reminder (催办),
 *       1st → public criticism with a rectification order (通报批评并限期整改), 2nd → admonition interview (约谈),
 *       3rd and more → accountability action (追责问责);</li>
 *   <li>{@value #RECTIFICATION_WINDOW}: the days a step gives the unit to rectify (0: no rectification order);</li>
 *   <li>{@value #RAISED_SUPERVISION}: whether the strikes on a task raise its supervision a level (提级督办).</li>
 * </ul>
 * The policy is data, not code: each scheme in the bulletin grades differently, and deploying a new version of the
 * DMN file changes the policy with no code change (callers evaluate the latest version by key). Keys, input and output
 * names live here only.
 */
public final class EscalationPolicy {

    public static final String RESOURCE = "dmn/escalation-policy.dmn";

    /** Relied on from outside: the decision key of the proposed step. */
    public static final String DECISION = "escalation-policy";
    /** Relied on from outside: the decision key of the days to rectify per step. */
    public static final String RECTIFICATION_WINDOW = "rectification-window";
    /** Relied on from outside: the decision key of the raised-supervision threshold. */
    public static final String RAISED_SUPERVISION = "raised-supervision";

    /** The variables the decisions read. */
    public static final class Inputs {
        /** {@value #STRIKES}: integer, the unit's strikes so far on this task; the only input that grades the step */
        public static final String STRIKES = "strikes";
        /** {@value #DAYS_LATE}: integer, days past the due date; recorded, does not change the default step */
        public static final String DAYS_LATE = "daysLate";
        /** {@value #ASSESSMENT}: string, the supervisor's assessment ({@code ON_TRACK}, {@code SLOW}, {@code INEFFECTIVE}) or null */
        public static final String ASSESSMENT = "assessment";
        /** {@value #REASON}: string, why the unit is escalated ({@code REPORT_OVERDUE}, {@code SLOW_PROGRESS}, …) */
        public static final String REASON = "reason";
        /** {@value #STEP}: string, the step whose rectification window is asked for */
        public static final String STEP = "step";
        /** {@value #TASK_STRIKES}: integer, the strikes of all units on the task */
        public static final String TASK_STRIKES = "taskStrikes";

        private Inputs() {
        }
    }

    /** The outputs of the decisions. */
    public static final class Outputs {
        /** {@value #STEP}: string, {@code REMINDER}, {@code CRITICISM}, {@code ADMONITION} or {@code ACCOUNTABILITY} */
        public static final String STEP = "step";
        /** {@value #RECTIFICATION_DAYS}: integer, days to rectify; 0 means no rectification order */
        public static final String RECTIFICATION_DAYS = "rectificationDays";
        /** {@value #RAISE_SUPERVISION}: boolean, whether supervision of the task is raised a level */
        public static final String RAISE_SUPERVISION = "raiseSupervision";

        private Outputs() {
        }
    }

    private EscalationPolicy() {
    }
}
