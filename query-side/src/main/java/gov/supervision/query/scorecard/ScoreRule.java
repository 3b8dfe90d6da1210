package gov.supervision.query.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ranking score (README, "The unit scorecard"): 100 times the weighted mean of the unit's rates that have a
 * denominator — on-time acknowledgement 20 %, on-time report 40 %, reports not returned (1 − returned rate) 10 %,
 * on-time close-out 30 %, the weights of absent rates left out and the rest rescaled; a unit with no rate at all
 * starts from 100 — then 5 points off per public criticism or admonition and 20 per accountability action received
 * in the period. Rounded to one decimal; it may fall below zero. Reminders cost nothing: the lapse behind one already
 * lowers a rate. A unit with nothing rated in the period (no rate and no notice) has no score and is not ranked:
 * an idle unit must not outrank a diligent one.
 */
final class ScoreRule {

    static final double ACKNOWLEDGEMENT_WEIGHT = 0.2;
    static final double REPORT_WEIGHT = 0.4;
    static final double NOT_RETURNED_WEIGHT = 0.1;
    static final double CLOSE_OUT_WEIGHT = 0.3;
    static final double NOTICE_PENALTY = 5;
    static final double ACCOUNTABILITY_PENALTY = 20;

    private ScoreRule() {
    }

    static Double score(Double onTimeAcknowledgementRate, Double onTimeReportRate, Double returnedReportRate,
                        Double onTimeCloseOutRate, int notices, int accountabilityActions) {
        double weighted = 0;
        double weights = 0;
        if (onTimeAcknowledgementRate != null) {
            weighted += ACKNOWLEDGEMENT_WEIGHT * onTimeAcknowledgementRate;
            weights += ACKNOWLEDGEMENT_WEIGHT;
        }
        if (onTimeReportRate != null) {
            weighted += REPORT_WEIGHT * onTimeReportRate;
            weights += REPORT_WEIGHT;
        }
        if (returnedReportRate != null) {
            weighted += NOT_RETURNED_WEIGHT * (1 - returnedReportRate);
            weights += NOT_RETURNED_WEIGHT;
        }
        if (onTimeCloseOutRate != null) {
            weighted += CLOSE_OUT_WEIGHT * onTimeCloseOutRate;
            weights += CLOSE_OUT_WEIGHT;
        }
        if (weights == 0 && notices == 0 && accountabilityActions == 0) {
            return null;
        }
        double base = weights == 0 ? 100 : 100 * weighted / weights;
        double score = base - NOTICE_PENALTY * notices - ACCOUNTABILITY_PENALTY * accountabilityActions;
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A rate with its denominator, or null when there is nothing to rate. */
    static Double rate(int numerator, int denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
