package gov.supervision.query.scorecard.api;

/** What became of an acknowledgement or a report a unit owed. */
public enum DueOutcome {
    /** not yet made, not yet due */
    PENDING,
    /** made by its due time (as extended) */
    ON_TIME,
    /** made after its due time */
    LATE,
    /** its due time passed and the lapse was recorded; never made */
    MISSED,
    /** no longer owed: the task was closed or withdrawn, or its follow-up stopped, before it was due */
    CANCELLED
}
