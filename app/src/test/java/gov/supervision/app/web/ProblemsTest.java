package gov.supervision.app.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a problem's detail may show. */
class ProblemsTest {

    @Test
    void showsNoClassNames() {
        assertThat(Problems.safe("failed: org.postgresql.util.PSQLException: ERROR"))
                .isEqualTo("failed: …: ERROR");
    }

    @Test
    void showsNoControlCharacterOrHalfOfASurrogatePair() {
        assertThat(Problems.safe("a\u0000b\ud800c\uD842\uDFB7")).isEqualTo("a\uFFFDb\uFFFDc\uD842\uDFB7");
    }

    @Test
    void isAtMost500CharactersLong() {
        assertThat(Problems.safe("字".repeat(2000))).hasSize(501).endsWith("…");
    }

    @Test
    void refusedQueryParametersAreNamed() {
        assertThat(RequestLimits.queryProblem("plan=%E8%81%8A&x=%00").getDetail())
                .isEqualTo("x: contains a NUL character at position 1");
        assertThat(RequestLimits.queryProblem("plan=%C3%28").getDetail()).isEqualTo("plan: is not percent-encoded UTF-8");
        assertThat(RequestLimits.queryProblem("plan=%ED%A0%80").getDetail()).isEqualTo("plan: is not percent-encoded UTF-8");
        assertThat(RequestLimits.queryProblem("plan=%E8%81%8A%E6%94%BF&page=2")).isNull();
    }
}
