package gov.supervision.query.ledger.api;

import java.util.List;
import java.util.Map;

/**
 * A lead leader's tasks and how they stand.
 *
 * @param lights how many of the tasks have each light; tasks without a light (not yet dispatched) are not counted
 */
public record LeaderView(String leader, int tasks, Map<Light, Integer> lights, List<LedgerRow> rows) {
}
