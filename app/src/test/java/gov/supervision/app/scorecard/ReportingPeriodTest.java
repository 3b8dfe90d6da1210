package gov.supervision.app.scorecard;

import gov.supervision.app.web.InvalidRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTest {

    static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    @Test
    void anIsoWeekRunsFromMondayToSundayInThePlansTimeZone() {
        ReportingPeriod week = ReportingPeriod.parse("period", "2021-W09", LIAOCHENG);

        assertThat(week.firstDay()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(week.lastDay()).isEqualTo(LocalDate.of(2021, 3, 7));
        assertThat(week.from()).isEqualTo(Instant.parse("2021-02-28T16:00:00Z"));
        assertThat(week.to()).isEqualTo(Instant.parse("2021-03-07T16:00:00Z"));
    }

    @Test
    void weeksAtTheYearsEdgesBelongToTheirWeekBasedYear() {
        assertThat(ReportingPeriod.parse("period", "2021-W01", LIAOCHENG).firstDay()).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(ReportingPeriod.parse("period", "2020-W53", LIAOCHENG).firstDay())
                .isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(ReportingPeriod.parse("period", "2020-W53", LIAOCHENG).lastDay()).isEqualTo(LocalDate.of(2021, 1, 3));
        assertThatThrownBy(() -> ReportingPeriod.parse("period", "2021-W53", LIAOCHENG))
                .isInstanceOf(InvalidRequest.class).hasMessage("period: 2021 has no week 53: 2021-W53");
        assertThatThrownBy(() -> ReportingPeriod.parse("period", "2021-W00", LIAOCHENG))
                .hasMessage("period: 2021 has no week 0: 2021-W00");
    }

    @Test
    void monthsQuartersAndYears() {
        assertThat(ReportingPeriod.parse("period", "2021-02", LIAOCHENG).lastDay()).isEqualTo(LocalDate.of(2021, 2, 28));
        ReportingPeriod q4 = ReportingPeriod.parse("period", "2021-Q4", LIAOCHENG);
        assertThat(q4.firstDay()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(q4.lastDay()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(ReportingPeriod.parse("period", "2021", LIAOCHENG).to())
                .isEqualTo(Instant.parse("2021-12-31T16:00:00Z"));
        assertThatThrownBy(() -> ReportingPeriod.parse("period", "2021-13", LIAOCHENG))
                .hasMessage("period: no month 13: 2021-13");
        assertThatThrownBy(() -> ReportingPeriod.parse("period", "last week", LIAOCHENG))
                .hasMessageStartingWith("period: expected a week such as 2021-W09").hasMessageEndingWith("got last week");
    }
}
