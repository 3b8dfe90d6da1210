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

    private static Instant parse(String field, String value, ZoneId zone, boolean endOfDay) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "expected a day such as 2021-03-01 or an instant such as "
                    + "2021-03-01T09:00:00Z or 2021-03-01T17:00+08:00, got " + value);
        }
    }
}
