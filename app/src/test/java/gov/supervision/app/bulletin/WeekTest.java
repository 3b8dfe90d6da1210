package gov.supervision.app.bulletin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ISO weeks as the bulletin names them: 2021-W10 is Monday 8 March 00:00 to Monday 15 March 00:00. */
class WeekTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aWeekRunsFromMondayToSunday() {
        Week week = Week.parse("2021-W10");

        assertThat(week.year()).isEqualTo(2021);
        assertThat(week.number()).isEqualTo(10);
        assertThat(week.monday()).isEqualTo(LocalDate.of(2021, 3, 8));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2021, 3, 14));
        assertThat(week).hasToString("2021-W10");
    }

    @Test
    void inAZoneItIsMondayMidnightUpToTheNextMondayMidnight() {
        Week week = Week.parse("2021-W10");

        assertThat(week.start(SHANGHAI)).isEqualTo(Instant.parse("2021-03-07T16:00:00Z"));
        assertThat(week.end(SHANGHAI)).isEqualTo(Instant.parse("2021-03-14T16:00:00Z"));
        assertThat(week.start(ZoneId.of("UTC"))).isEqualTo(Instant.parse("2021-03-08T00:00:00Z"));
        assertThat(week.contains(Instant.parse("2021-03-07T16:00:00Z"), SHANGHAI)).isTrue();
        assertThat(week.contains(Instant.parse("2021-03-14T15:59:59.999Z"), SHANGHAI)).isTrue();
        assertThat(week.contains(Instant.parse("2021-03-14T16:00:00Z"), SHANGHAI)).isFalse();
        assertThat(week.contains(Instant.parse("2021-03-07T15:59:59Z"), SHANGHAI)).isFalse();
    }

    @Test
    void theSameInstantFallsInDifferentWeeksInDifferentZones() {
        // Sunday 23:30 in UTC is already Monday 07:30 in Beijing
        Instant sundayNightUtc = Instant.parse("2021-03-14T23:30:00Z");

        assertThat(Week.containing(sundayNightUtc, ZoneId.of("UTC"))).isEqualTo(Week.parse("2021-W10"));
        assertThat(Week.containing(sundayNightUtc, SHANGHAI)).isEqualTo(Week.parse("2021-W11"));
    }

    @Test
    void aWeekWithDaylightSavingTimeIsBoundedByLocalMidnights() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Week week = Week.parse("2021-W12"); // clocks go forward on Sunday 28 March

        assertThat(week.start(berlin)).isEqualTo(Instant.parse("2021-03-21T23:00:00Z"));
        assertThat(week.end(berlin)).isEqualTo(Instant.parse("2021-03-28T22:00:00Z"));
    }

    @Test
    void theWeekBasedYearDiffersFromTheCalendarYearAroundNewYear() {
        // 1 January 2021 is a Friday: it belongs to the last week of 2020, which has 53
        assertThat(Week.containing(LocalDate.of(2021, 1, 1))).isEqualTo(Week.parse("2020-W53"));
        assertThat(Week.parse("2020-W53").monday()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(Week.parse("2020-W53").sunday()).isEqualTo(LocalDate.of(2021, 1, 3));
        assertThat(Week.parse("2020-W53").next()).isEqualTo(Week.parse("2021-W01"));
        assertThat(Week.parse("2021-W01").monday()).isEqualTo(LocalDate.of(2021, 1, 4));
        // 31 December 2024 is a Tuesday: it belongs to week 1 of 2025
        assertThat(Week.containing(LocalDate.of(2024, 12, 31))).isEqualTo(Week.parse("2025-W01"));
        assertThat(Week.parse("2025-W01").monday()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(Week.parse("2025-W01").previous()).isEqualTo(Week.parse("2024-W52"));
    }

    @Test
    void week53ExistsOnlyInLongYears() {
        assertThat(Week.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));

        assertThatThrownBy(() -> Week.parse("2021-W53"))
                .isInstanceOf(WeekFormatException.class)
                .hasMessage("week: 2021 has 52 weeks, was 2021-W53");
    }

    @Test
    void weeksAreNumberedFromOne() {
        assertThatThrownBy(() -> Week.parse("2021-W00"))
                .isInstanceOf(WeekFormatException.class)
                .hasMessage("week: weeks are numbered from W01, was 2021-W00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-10", "2021W10", "2021-W1", "2021-w10", "21-W10", "2021-W10-1", "2021-03-08", ""})
    void anythingButYyyyWwwIsRefusedSayingWhatWasExpected(String text) {
        assertThatThrownBy(() -> Week.parse(text))
                .isInstanceOf(WeekFormatException.class)
                .hasMessage("week: expected yyyy-Www such as 2021-W10, was \"" + text + "\"")
                .extracting(e -> ((WeekFormatException) e).reason())
                .isEqualTo("expected yyyy-Www such as 2021-W10, was \"" + text + "\"");
    }

    @Test
    void everyDayOfAWeekIsInIt() {
        Week week = Week.parse("2021-W10");
        for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
            assertThat(Week.containing(day)).isEqualTo(week);
        }
        assertThat(Week.containing(week.sunday().plusDays(1))).isEqualTo(week.next());
        assertThat(week.compareTo(week.next())).isNegative();
    }
}
