package gov.supervision.app.audit.verification;

import gov.supervision.app.audit.chain.ChainHash;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the chains of each plan while the store is read, and computes the plan digests. The bytes hashed, as
 * length-prefixed fields (see {@link ChainHash}): the tag {@value #TAG}, the plan number, the plan chain's last
 * sequence number (decimal) and last chain hash (both NULL when the plan's own chain is missing), the number of
 * tasks (decimal), then for each task in ascending order of its id: the id, its last sequence number and last
 * chain hash.
 */
final class PlanDigests {

    static final String TAG = "supervision/plan-digest/v1";

    private final Map<String, List<ChainSummary>> chainsByPlan = new TreeMap<>();

    void add(ChainSummary chain) {
        if (chain.planNumber() != null) {
            chainsByPlan.computeIfAbsent(chain.planNumber(), plan -> new ArrayList<>()).add(chain);
        }
    }

    List<PlanDigest> digests() {
        return chainsByPlan.entrySet().stream().map(plan -> digest(plan.getKey(), plan.getValue())).toList();
    }

    private static PlanDigest digest(String planNumber, List<ChainSummary> chains) {
        ChainSummary plan = chains.stream().filter(c -> c.kind() == ChainSummary.Kind.PLAN).findFirst()
                .orElse(null);
        List<ChainSummary> tasks = chains.stream().filter(c -> c.kind() == ChainSummary.Kind.TASK)
                .sorted(Comparator.comparing(ChainSummary::aggregateId)).toList();
        ChainHash.Fields fields = new ChainHash.Fields().add(TAG).add(planNumber)
                .add(plan == null ? null : Long.toString(plan.lastSequence()))
                .add(plan == null ? null : plan.lastHash())
                .add(Integer.toString(tasks.size()));
        tasks.forEach(task -> fields.add(task.aggregateId()).add(Long.toString(task.lastSequence()))
                .add(task.lastHash()));
        long events = chains.stream().mapToLong(ChainSummary::events).sum();
        return new PlanDigest(planNumber, fields.sha256(), tasks.size(), events);
    }
}
