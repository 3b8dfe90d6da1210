package gov.supervision.app.audit.verification;

/**
 * What an auditor writes down about a plan: a SHA-256 over where the plan's chain and each of its tasks' chains
 * end. Any event of the plan appended, altered with its later hashes recomputed, or removed (even the last of a
 * chain, even all of them) gives another digest.
 *
 * @param tasks  the tasks whose chains it covers
 * @param events the events of the plan's chain and its tasks' chains
 */
public record PlanDigest(String planNumber, String digest, int tasks, long events) {
}
