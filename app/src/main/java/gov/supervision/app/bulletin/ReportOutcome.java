package gov.supervision.app.bulletin;

/** How a progress report due in the week came in, when not on time. */
public enum ReportOutcome {
    /** 逾期报送: submitted after its due time */
    LATE,
    /** 未报送: not submitted by the end of the week */
    MISSED
}
