package gov.supervision.bpmn;

/** Camunda groups the models assign user tasks to, besides each unit's own group. */
public final class CandidateGroups {

    /** the supervision office's staff (督查人员): reviews, decisions, verifications */
    public static final String SUPERVISORS = "supervisors";

    private CandidateGroups() {
    }
}
