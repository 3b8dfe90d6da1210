package gov.supervision.query.scorecard.api;

import java.time.Instant;

/** A round's report a lead unit owed, and what became of it. */
public record ReportDue(String unitId, String unitName, int taskNumber, int round, Instant dueAt, DueOutcome outcome,
                        Instant submittedAt) {
}
