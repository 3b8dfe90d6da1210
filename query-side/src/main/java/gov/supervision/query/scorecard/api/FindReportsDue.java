package gov.supervision.query.scorecard.api;

import java.time.Instant;

/** The progress reports due in a period (by their due time, as extended), with what became of each. */
public record FindReportsDue(String planNumber, Instant from, Instant to) {
}
