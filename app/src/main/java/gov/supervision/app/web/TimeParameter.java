package gov.supervision.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * An instant given in a request: an ISO instant ({@code 2021-03-01T09:00:00Z}), a date-time with its offset
 * ({@code 2021-03-01T17:00+08:00}), or a day ({@code 2021-03-01}) in the plans' time zone, which stands for the start
 * of that day or, where the parameter ends a span or asks "as of", for its end.
 */
public final class TimeParameter {

    private TimeParameter() {
    }

    /** A day stands for its first instant. */
    public static Instant startOf(String field, String value, ZoneId zone) {
        return parse(field, value, zone, false);
    }

    /** A day stands for its end: the first instant of the next day. */
    public static Instant endOf(String field, String value, ZoneId zone) {
        return parse(field, value, zone, true);
    }

    /** The instants a request may name, in parameters and in bodies (StrictJson): the record lies well inside. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /** A day as a request names it (2021-03-01), between 2000 and 2199. */
    public static LocalDate day(String field, String value) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 2199) {
                throw new InvalidRequest(field, "must lie between 2000-01-01 and 2199-12-31, was " + value);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "expected a day such as 2021-03-01, got " + value);
        }
    }

    private static Instant parse(String field, String value, ZoneId zone, boolean endOfDay) {
        String text = value.strip();
        try {
            Instant instant;
            if (text.length() == 10) {
                LocalDate day = day(field, text);
                instant = (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            } else {
                instant = text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
            }
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new InvalidRequest(field, "must lie between 2000-01-01 and 2200-01-01, was " + value);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "expected a day such as 2021-03-01 or an instant such as "
                    + "2021-03-01T09:00:00Z or 2021-03-01T17:00+08:00, got " + value);
        }
    }
}
