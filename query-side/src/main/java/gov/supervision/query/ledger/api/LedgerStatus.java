package gov.supervision.query.ledger.api;

/** Where a task stands in the ledger. */
public enum LedgerStatus {
    /** registered from its plan, not yet sent to its units */
    REGISTERED,
    /** sent to its lead units; not every lead unit has acknowledged */
    DISPATCHED,
    /** every lead unit has acknowledged; no report yet */
    ACKNOWLEDGED,
    /** progress reports are coming in */
    REPORTED,
    /** a lead unit asked to close the task; a supervisor is to verify */
    CLOSE_OUT_REQUESTED,
    /** a supervisor stopped the follow-up */
    FOLLOW_UP_STOPPED,
    /** verified and closed (销号) */
    CLOSED,
    /** no longer in its plan (a revised text dropped it) */
    WITHDRAWN
}
