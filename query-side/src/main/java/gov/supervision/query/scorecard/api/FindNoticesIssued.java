package gov.supervision.query.scorecard.api;

import java.time.Instant;

/** The notices (and reminder steps and accountability actions) issued in a period, in order. */
public record FindNoticesIssued(String planNumber, Instant from, Instant to) {
}
