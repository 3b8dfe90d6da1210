package gov.supervision.app.security;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing is slowed per user and address; nobody can lock a user out, least of all for good. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(60), clock);

    /** Signs in as gxj from the address, the password checked as right or wrong; answers the status. */
    private int signIn(String address, boolean right) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/ledger");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("gxj:secret".getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                ((HttpServletResponse) res).setStatus(right ? 200 : 401);
            }
        });
        return response.getStatus();
    }

    @Test
    void afterTheFreeAttemptsEachFurtherOneWaitsTwiceAsLong() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("10.0.0.9", false)).isEqualTo(401);
        }
        assertThat(signIn("10.0.0.9", true)).as("blocked for 1 s").isEqualTo(429);
        clock.pass(Duration.ofMillis(1100));
        assertThat(signIn("10.0.0.9", false)).isEqualTo(401);
        assertThat(signIn("10.0.0.9", true)).as("blocked for 2 s").isEqualTo(429);
        clock.pass(Duration.ofMillis(1100));
        assertThat(signIn("10.0.0.9", true)).as("still blocked").isEqualTo(429);
        clock.pass(Duration.ofMillis(1000));
        assertThat(signIn("10.0.0.9", true)).as("the delay passed: the right password works").isEqualTo(200);
        assertThat(signIn("10.0.0.9", false)).as("and the count starts again").isEqualTo(401);
    }

    @Test
    void aStrangersGuessesNeverLockTheUserOutFromItsOwnAddress() throws Exception {
        for (int i = 0; i < 40; i++) {
            clock.pass(Duration.ofSeconds(61));
            signIn("203.0.113.7", false);
        }
        assertThat(signIn("203.0.113.7", true)).isEqualTo(429);
        assertThat(signIn("10.0.0.9", true)).isEqualTo(200);
    }

    @Test
    void theDelayNeverExceedsItsMaximum() throws Exception {
        for (int i = 0; i < 30; i++) {
            clock.pass(Duration.ofSeconds(61));
            signIn("10.0.0.9", false);
        }
        clock.pass(Duration.ofSeconds(60));
        assertThat(signIn("10.0.0.9", true)).isEqualTo(200);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
