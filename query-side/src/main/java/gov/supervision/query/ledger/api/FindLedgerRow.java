package gov.supervision.query.ledger.api;

/** The ledger row of one task, by its id. */
public record FindLedgerRow(String taskId) {
}
