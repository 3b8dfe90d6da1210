package gov.supervision.query.ledger.api;

/** Where a task stands in the ledger. */
public enum LedgerStatus {
    /** registered from its plan, not yet sent to its units */
    REGISTERED,
    /** sent to its lead units; not every lead unit has acknowledged */
    DISPATCHED,
    /** every lead unit has acknowledged */
    ACKNOWLEDGED,
    /** at least one progress report is in */
    REPORTED
}
