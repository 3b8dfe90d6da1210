package gov.supervision.app.bulletin;

/**
 * 一、总体情况: the plan's tasks and the week's progress reports, counted.
 *
 * @param tasks            the tasks in the plan (withdrawn ones not counted)
 * @param underSupervision tasks dispatched and not closed
 * @param closed           tasks closed out (销号)
 * @param red              tasks under a red light (late)
 * @param amber            tasks under an amber light (at risk)
 * @param green            tasks under a green light (on track)
 * @param reportsDue       progress reports due this week
 * @param reportedOnTime   of those, submitted by their due time
 * @param reportedLate     submitted after their due time
 * @param reportsMissed    not submitted by the end of the week
 */
public record BulletinSummary(
        int tasks,
        int underSupervision,
        int closed,
        int red,
        int amber,
        int green,
        int reportsDue,
        int reportedOnTime,
        int reportedLate,
        int reportsMissed) {

    public BulletinSummary {
        Counts.notNegative("tasks", tasks);
        Counts.notNegative("underSupervision", underSupervision);
        Counts.notNegative("closed", closed);
        Counts.notNegative("red", red);
        Counts.notNegative("amber", amber);
        Counts.notNegative("green", green);
        Counts.notNegative("reportsDue", reportsDue);
        Counts.notNegative("reportedOnTime", reportedOnTime);
        Counts.notNegative("reportedLate", reportedLate);
        Counts.notNegative("reportsMissed", reportsMissed);
    }
}
