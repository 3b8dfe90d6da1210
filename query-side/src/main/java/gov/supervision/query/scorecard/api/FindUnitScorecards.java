package gov.supervision.query.scorecard.api;

import java.time.Instant;

/**
 * Every lead unit's scorecard for a period, ranked. Dues count in the period their due time falls in, notices
 * and close-outs in the period they happened in.
 *
 * @param planNumber optional: one plan's tasks only
 * @param from       the period's start, inclusive
 * @param to         the period's end, exclusive
 */
public record FindUnitScorecards(String planNumber, Instant from, Instant to) {
}
