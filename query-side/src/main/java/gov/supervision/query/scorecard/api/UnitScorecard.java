package gov.supervision.query.scorecard.api;

/**
 * One lead unit's record over a period, as supervision offices publish it.
 *
 * @param tasksLed                    tasks it leads that were in the plan during the period
 * @param acknowledgementsDue         acknowledgements due in the period (not cancelled)
 * @param averageAcknowledgementHours from dispatch to acknowledgement, over those made; null when none
 * @param reportsDue                  round reports due in the period (not cancelled); pending ones are not yet due
 * @param reportsSubmitted            submissions (a returned report submitted again counts again)
 * @param reportsReturned             reports returned for rework
 * @param reminders                   reminder steps decided (催办)
 * @param notices                     public criticisms (通报批评) and admonitions (约谈) received
 * @param accountabilityActions       accountability actions (追责问责) received
 * @param tasksClosed                 of the tasks it leads, closed out in the period
 * @param tasksClosedOnTime           of those, closed by the end of the plan's year
 * @param onTimeAcknowledgementRate   on time / (on time + late + missed); null when none was due
 * @param onTimeReportRate            on time / (on time + late + missed); null when none was due
 * @param returnedReportRate          returned / submitted; null when none was submitted
 * @param onTimeCloseOutRate          closed on time / closed; null when none was closed
 * @param score                       the ranking score, see {@code ScoreRule}; null when the unit had nothing rated
 *                                    in the period (nothing due, closed or noticed): it is listed, unranked
 * @param rank                        1 for the best score; equal scores share a rank; null when unranked
 */
public record UnitScorecard(
        String unitId,
        String unitName,
        int tasksLed,
        int acknowledgementsDue,
        int acknowledgedOnTime,
        int acknowledgedLate,
        int acknowledgementsMissed,
        int acknowledgementsPending,
        Double averageAcknowledgementHours,
        int reportsDue,
        int reportsOnTime,
        int reportsLate,
        int reportsMissed,
        int reportsPending,
        int reportsSubmitted,
        int reportsReturned,
        int reminders,
        int notices,
        int accountabilityActions,
        int tasksClosed,
        int tasksClosedOnTime,
        Double onTimeAcknowledgementRate,
        Double onTimeReportRate,
        Double returnedReportRate,
        Double onTimeCloseOutRate,
        Double score,
        Integer rank) {
}
