package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.Unit;

import java.util.Objects;

/**
 * A unit's place in 五、单位排名, with the rates its score is made of. A rate is a fraction from 0 to 1, or null
 * when it has no denominator (nothing was due), which the bulletin shows as "—".
 *
 * @param score                       the scorecard's score (higher is better)
 * @param onTimeAcknowledgementRate   tasks acknowledged by their due time / tasks to acknowledge
 * @param onTimeReportRate            progress reports on time / reports due
 * @param returnedReportRate          reports returned / reports reviewed
 * @param onTimeCloseOutRate          tasks closed by their due time / tasks to close
 * @param noticesReceived             notices and accountability actions against the unit
 */
public record UnitRank(
        int rank,
        Unit unit,
        double score,
        Double onTimeAcknowledgementRate,
        Double onTimeReportRate,
        Double returnedReportRate,
        Double onTimeCloseOutRate,
        int noticesReceived) {

    public UnitRank {
        if (rank < 1) {
            throw new IllegalArgumentException("rank: must be at least 1, was " + rank);
        }
        Objects.requireNonNull(unit, "unit");
        Counts.fraction("onTimeAcknowledgementRate", onTimeAcknowledgementRate);
        Counts.fraction("onTimeReportRate", onTimeReportRate);
        Counts.fraction("returnedReportRate", returnedReportRate);
        Counts.fraction("onTimeCloseOutRate", onTimeCloseOutRate);
        Counts.notNegative("noticesReceived", noticesReceived);
    }
}
