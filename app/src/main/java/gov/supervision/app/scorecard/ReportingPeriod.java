package gov.supervision.app.scorecard;

import gov.supervision.app.web.InvalidRequest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a scorecard or a bulletin covers, in the plans' time zone: an ISO week ({@code 2021-W09}, Monday to
 * Sunday), a month ({@code 2021-03}), a quarter ({@code 2021-Q1}), a year ({@code 2021}), or the days from one date
 * to another, both included.
 *
 * @param from its first instant
 * @param to   the first instant after it
 */
public record ReportingPeriod(String label, LocalDate firstDay, LocalDate lastDay, Instant from, Instant to) {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String EXPECTED = "expected a week such as 2021-W09, a month such as 2021-03, a quarter "
            + "such as 2021-Q1 or a year such as 2021";

    public static ReportingPeriod parse(String field, String text, ZoneId zone) {
        String value = text.strip();
        Matcher m;
        if ((m = WEEK.matcher(value)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate someDay = LocalDate.of(year, 6, 1);
            if (week < 1 || week > someDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw new InvalidRequest(field, "%d has no week %d: %s".formatted(year, week, value));
            }
            LocalDate monday = someDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return days(value, monday, monday.plusDays(6), zone);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidRequest(field, "no month %d: %s".formatted(month, value));
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return days(value, ym.atDay(1), ym.atEndOfMonth(), zone);
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
            return days(value, first, first.plusMonths(3).minusDays(1), zone);
        }
        if (YEAR.matcher(value).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(value), 1, 1);
            return days(value, first, first.plusYears(1).minusDays(1), zone);
        }
        throw new InvalidRequest(field, EXPECTED + ", got " + text);
    }

    public static ReportingPeriod days(String label, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        return new ReportingPeriod(label, firstDay, lastDay, firstDay.atStartOfDay(zone).toInstant(),
                lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
