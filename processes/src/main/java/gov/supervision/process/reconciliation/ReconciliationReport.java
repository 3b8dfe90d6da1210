package gov.supervision.process.reconciliation;

import java.util.List;

/**
 * The verdict of one reconciliation. Relied on from outside (REST and CLI): fields may be added, never renamed or
 * removed.
 *
 * @param consistent true when there is no mismatch
 * @param tasks      the registered tasks whose events were read
 * @param processes  the running process instances of the four task processes Camunda holds (a follow-up called by
 *                   its dispatch counts as one of them)
 * @param mismatches each difference, ordered by plan, task number, process key and reference
 */
public record ReconciliationReport(boolean consistent, int tasks, int processes, List<Mismatch> mismatches) {

    public ReconciliationReport {
        mismatches = List.copyOf(mismatches);
    }

    static ReconciliationReport of(int tasks, int processes, List<Mismatch> mismatches) {
        return new ReconciliationReport(mismatches.isEmpty(), tasks, processes, mismatches);
    }
}
