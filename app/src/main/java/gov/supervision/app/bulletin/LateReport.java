package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.util.Objects;

/**
 * A progress report due in the week that a unit submitted late or not at all (三、未按时报送进展的单位).
 *
 * @param round       the follow-up round it was due for
 * @param submittedAt when it came, for {@link ReportOutcome#LATE}; null for {@link ReportOutcome#MISSED}
 */
public record LateReport(Unit unit, int taskNumber, int round, Instant dueAt, ReportOutcome outcome,
                         Instant submittedAt) {

    public LateReport {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == ReportOutcome.LATE && submittedAt == null) {
            throw new IllegalArgumentException("submittedAt: a LATE report has been submitted, when?");
        }
        if (outcome == ReportOutcome.MISSED && submittedAt != null) {
            throw new IllegalArgumentException("submittedAt: a MISSED report has not been submitted, was "
                    + submittedAt);
        }
    }
}
