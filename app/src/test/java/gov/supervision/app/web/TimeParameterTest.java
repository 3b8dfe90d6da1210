package gov.supervision.app.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeParameterTest {

    static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    @Test
    void aDayStandsForItsStartOrItsEndInThePlansTimeZone() {
        assertThat(TimeParameter.startOf("from", "2021-03-01", LIAOCHENG)).isEqualTo("2021-02-28T16:00:00Z");
        assertThat(TimeParameter.endOf("at", "2021-03-01", LIAOCHENG)).isEqualTo("2021-03-01T16:00:00Z");
    }

    @Test
    void anInstantOrADateTimeWithItsOffsetStandsForItself() {
        assertThat(TimeParameter.endOf("at", "2021-03-01T09:00:00Z", LIAOCHENG))
                .isEqualTo(Instant.parse("2021-03-01T09:00:00Z"));
        assertThat(TimeParameter.startOf("from", "2021-03-01T17:00+08:00", LIAOCHENG))
                .isEqualTo(Instant.parse("2021-03-01T09:00:00Z"));
    }

    @Test
    void anythingElseIsAnsweredWithTheField() {
        assertThatThrownBy(() -> TimeParameter.endOf("at", "yesterday", LIAOCHENG))
                .isInstanceOf(InvalidRequest.class)
                .hasMessage("at: expected a day such as 2021-03-01 or an instant such as 2021-03-01T09:00:00Z or "
                        + "2021-03-01T17:00+08:00, got yesterday");
        assertThatThrownBy(() -> TimeParameter.startOf("from", "2021-02-30", LIAOCHENG)).isInstanceOf(InvalidRequest.class);
    }
}
