package gov.supervision.query.ledger.api;

import java.time.Instant;

/** A task's ledger entry as it stood at an instant, folded from its own events up to that instant. */
public record FindTaskAsOf(String taskId, Instant asOf) {
}
