package gov.supervision.app.bulletin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week, written {@code 2021-W10}: Monday to Sunday, numbered within its week-based year (whose week 1 holds
 * the year's first Thursday, so 2020-W53 runs from 2020-12-28 to 2021-01-03). In a time zone it is the interval
 * [Monday 00:00, next Monday 00:00).
 *
 * @param year   the ISO week-based year, which differs from the calendar year around New Year
 * @param number 1 to 52, or 53 in a year that has 53 weeks
 */
public record Week(int year, int number) implements Comparable<Week> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

    public Week {
        if (year < 1000 || year > 9999) {
            throw new WeekFormatException("expected yyyy-Www such as 2021-W10, was " + text(year, number));
        }
        if (number < 1) {
            throw new WeekFormatException("weeks are numbered from W01, was " + text(year, number));
        }
        int weeks = weeksIn(year);
        if (number > weeks) {
            throw new WeekFormatException("%d has %d weeks, was %s".formatted(year, weeks, text(year, number)));
        }
    }

    /** @throws WeekFormatException unless the text is a week such as {@code 2021-W10} that exists */
    public static Week parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new WeekFormatException("expected yyyy-Www such as 2021-W10, was \"%s\""
                    .formatted(text == null ? "" : text));
        }
        return new Week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The week a day falls in. */
    public static Week containing(LocalDate day) {
        return new Week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week an instant falls in, in a time zone. */
    public static Week containing(Instant instant, ZoneId zone) {
        return containing(LocalDate.ofInstant(instant, zone));
    }

    public LocalDate monday() {
        // 4 January is always in week 1
        return LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(number - 1L);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** Monday 00:00 in the zone: the first instant of the week. */
    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    /** The next Monday 00:00 in the zone: the first instant after the week (exclusive end). */
    public Instant end(ZoneId zone) {
        return monday().plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the instant lies in [start, end) in the zone. */
    public boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(start(zone)) && instant.isBefore(end(zone));
    }

    public Week next() {
        return containing(monday().plusWeeks(1));
    }

    public Week previous() {
        return containing(monday().minusWeeks(1));
    }

    @Override
    public int compareTo(Week other) {
        return monday().compareTo(other.monday());
    }

    /** {@code 2021-W10} */
    @Override
    public String toString() {
        return text(year, number);
    }

    static int weeksIn(int year) {
        // 28 December is always in the year's last week
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static String text(int year, int number) {
        return "%04d-W%02d".formatted(year, number);
    }
}
