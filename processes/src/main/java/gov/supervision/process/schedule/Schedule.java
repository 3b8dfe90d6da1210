package gov.supervision.process.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a plan's units owe what, in the plan's time zone. Every field may be left out of a plan's settings: the
 * defaults fill it (see {@link #orElse}).
 *
 * @param timeZone                      the plan's time zone
 * @param acknowledgementWorkingDays    a lead unit acknowledges within this many working days of the dispatch
 * @param acknowledgementReminderBefore the acknowledgement reminder goes out this long before its due time
 * @param firstRound                    the first round opens at once when follow-up starts, or on the schedule
 * @param roundOpensOn                  rounds open on this day of the week…
 * @param roundOpensAt                  …at this time
 * @param reportDueOn                   a round's reports are due on this day of the week…
 * @param reportDueAt                   …at this time; the first such time at least {@code minimumReportWindow}
 *                                      after the round opens
 * @param minimumReportWindow           the least time a unit has for a report
 * @param reportReminderBefore          the report reminder goes out this long before its due time
 * @param resubmissionWorkingDays       a returned report is due again within this many working days
 * @param rectificationReminderBefore   the rectification reminder goes out this long before its due time
 * @param dueTime                       the time of day acknowledgements, resubmissions and rectifications are due
 */
public record Schedule(
        ZoneId timeZone,
        Integer acknowledgementWorkingDays,
        Duration acknowledgementReminderBefore,
        FirstRound firstRound,
        DayOfWeek roundOpensOn,
        LocalTime roundOpensAt,
        DayOfWeek reportDueOn,
        LocalTime reportDueAt,
        Duration minimumReportWindow,
        Duration reportReminderBefore,
        Integer resubmissionWorkingDays,
        Duration rectificationReminderBefore,
        LocalTime dueTime) {

    public enum FirstRound { IMMEDIATELY, ON_SCHEDULE }

    /** The defaults of the issue: 2 working days to acknowledge, rounds every Friday due the next Tuesday 17:00. */
    public static final Schedule DEFAULT = new Schedule(ZoneId.of("Asia/Shanghai"), 2, Duration.ofHours(4),
            FirstRound.IMMEDIATELY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), DayOfWeek.TUESDAY, LocalTime.of(17, 0),
            Duration.ofHours(24), Duration.ofHours(24), 1, Duration.ofHours(24), LocalTime.of(17, 0));

    /** This schedule, with whatever it leaves out taken from {@code defaults}. */
    public Schedule orElse(Schedule defaults) {
        return new Schedule(
                or(timeZone, defaults.timeZone),
                or(acknowledgementWorkingDays, defaults.acknowledgementWorkingDays),
                or(acknowledgementReminderBefore, defaults.acknowledgementReminderBefore),
                or(firstRound, defaults.firstRound),
                or(roundOpensOn, defaults.roundOpensOn),
                or(roundOpensAt, defaults.roundOpensAt),
                or(reportDueOn, defaults.reportDueOn),
                or(reportDueAt, defaults.reportDueAt),
                or(minimumReportWindow, defaults.minimumReportWindow),
                or(reportReminderBefore, defaults.reportReminderBefore),
                or(resubmissionWorkingDays, defaults.resubmissionWorkingDays),
                or(rectificationReminderBefore, defaults.rectificationReminderBefore),
                or(dueTime, defaults.dueTime));
    }

    /** In words, for the FollowUpStarted event. */
    public String describe() {
        return "rounds open every %s %s (first round %s), reports due %s %s; acknowledge within %d working days"
                .formatted(roundOpensOn, roundOpensAt, firstRound == FirstRound.IMMEDIATELY ? "at once" : "on schedule",
                        reportDueOn, reportDueAt, acknowledgementWorkingDays);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
