package gov.supervision.process.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Due times by a plan's schedule, in its time zone. Working days are Monday to Friday (public holidays are not
 * known to the engine: extend a due time with an extension where one falls).
 */
public final class DueTimes {

    private final Schedule schedule;

    public DueTimes(Schedule schedule) {
        this.schedule = schedule;
    }

    /** A dispatched task is acknowledged by the due time of the N-th working day after the dispatch. */
    public Instant acknowledgementDue(Instant dispatchedAt) {
        return atDueTime(workingDaysAfter(date(dispatchedAt), schedule.acknowledgementWorkingDays()));
    }

    /** When a follow-up's first round opens. */
    public Instant firstRound(Instant followUpStartedAt) {
        return schedule.firstRound() == Schedule.FirstRound.IMMEDIATELY ? followUpStartedAt
                : nextRound(followUpStartedAt);
    }

    /** The next scheduled round opening strictly after {@code after}. */
    public Instant nextRound(Instant after) {
        return next(after, schedule.roundOpensOn(), schedule.roundOpensAt(), Duration.ZERO);
    }

    /** A round's reports are due at the first report time at least the minimum window after it opens. */
    public Instant reportDue(Instant roundOpenedAt) {
        return next(roundOpenedAt, schedule.reportDueOn(), schedule.reportDueAt(), schedule.minimumReportWindow());
    }

    /** A returned report is due again by the due time of the N-th working day after the return. */
    public Instant resubmissionDue(Instant returnedAt) {
        return atDueTime(workingDaysAfter(date(returnedAt), schedule.resubmissionWorkingDays()));
    }

    /** A rectification order of {@code days} days is due at the due time that many days after it is issued. */
    public Instant rectificationDue(Instant issuedAt, int days) {
        return atDueTime(date(issuedAt).plusDays(days));
    }

    public Instant acknowledgementReminder(Instant due, Instant now) {
        return reminder(due, schedule.acknowledgementReminderBefore(), now);
    }

    public Instant reportReminder(Instant due, Instant now) {
        return reminder(due, schedule.reportReminderBefore(), now);
    }

    public Instant rectificationReminder(Instant due, Instant now) {
        return reminder(due, schedule.rectificationReminderBefore(), now);
    }

    /** The reminder goes out the set time before the due time; if that has passed, halfway to it. */
    static Instant reminder(Instant due, Duration before, Instant now) {
        Instant reminder = due.minus(before);
        if (reminder.isAfter(now)) {
            return reminder;
        }
        return now.plus(Duration.between(now, due).dividedBy(2));
    }

    private Instant next(Instant after, DayOfWeek day, LocalTime time, Duration atLeast) {
        ZonedDateTime earliest = after.plus(atLeast).atZone(schedule.timeZone());
        ZonedDateTime candidate = earliest.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!candidate.isAfter(earliest)) {
            candidate = candidate.plusWeeks(1);
        }
        return candidate.toInstant();
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(schedule.timeZone()).toLocalDate();
    }

    private Instant atDueTime(LocalDate date) {
        return date.atTime(schedule.dueTime()).atZone(schedule.timeZone()).toInstant();
    }

    private static LocalDate workingDaysAfter(LocalDate start, int workingDays) {
        LocalDate date = start;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
