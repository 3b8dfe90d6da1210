package gov.supervision.app.audit.verification;

import java.util.List;

/**
 * The verdict on the event log, or on one aggregate's chain.
 *
 * @param intact whether every chain checked is unbroken
 * @param broken the first break of each broken chain
 * @param plans  the digest of each plan (a full verification only; empty for one aggregate)
 */
public record Verification(boolean intact, long chains, long events, List<ChainBreak> broken,
                           List<PlanDigest> plans) {
}
