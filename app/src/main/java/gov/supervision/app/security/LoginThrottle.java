package gov.supervision.app.security;

import gov.supervision.app.web.Problems;
import gov.supervision.app.web.RequestLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Slows password guessing at every door that checks a password (basic auth on our API, Camunda's REST API and the
 * actuator; the webapps' login form), per user and client address: after {@code free-attempts} failures, each
 * further attempt from that address for that user waits twice as long as the last (1 s, 2 s, 4 s … up to
 * {@code max-delay}), answered 429 with Retry-After without checking the password. A success clears it. One address
 * that fails for many users is slowed for all of them. A stranger can thus slow only its own guesses: the user,
 * signing in from elsewhere, is never locked out (Camunda's own lock, which a stranger could make permanent, is off).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class LoginThrottle extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    private static final int MAX_ENTRIES = 100_000;
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** failures from one address, over all users, before that address is slowed for all of them */
    private static final int ADDRESS_FREE_ATTEMPTS = 50;

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int freeAttempts;
    private final Duration maxDelay;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${supervision.security.login.free-attempts:5}") int freeAttempts,
                  @Value("${supervision.security.login.max-delay:60s}") Duration maxDelay) {
        this(freeAttempts, maxDelay, Clock.systemUTC());
    }

    LoginThrottle(int freeAttempts, Duration maxDelay, Clock clock) {
        this.freeAttempts = freeAttempts;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches()) {
            // the login form's body, read here (it is small) so the webapp reads it as sent
            request = new RequestLimits.ReadBody(request, request.getInputStream().readAllBytes());
        }
        String user = user(request);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        String userKey = "user " + user.toLowerCase(Locale.ROOT) + " from " + address;
        String addressKey = "address " + address;
        Duration wait = waitFor(userKey).compareTo(waitFor(addressKey)) >= 0 ? waitFor(userKey) : waitFor(addressKey);
        if (!wait.isZero()) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too many failed sign-ins for %s from "
                    .formatted(user) + "this address: try again in %d s".formatted(Math.max(1, wait.toSeconds())));
            Problems.write(response, problem);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            failed(userKey, freeAttempts);
            failed(addressKey, ADDRESS_FREE_ATTEMPTS);
        } else if (response.getStatus() < 400 || response.getStatus() == 403 || response.getStatus() == 404) {
            failures.remove(userKey);
        }
    }

    /** The user a request signs in as, where it signs in; null for requests that check no password. */
    private static String user(HttpServletRequest request) {
        String path = request.getRequestURI();
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/"))) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                return colon < 0 ? credentials : credentials.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return "(malformed)";
            }
        }
        if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
            return formUser(request);
        }
        return null;
    }

    /** The webapps' login form's user name. */
    private static String formUser(HttpServletRequest request) {
        try {
            String form = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String pair : form.split("&")) {
                if (pair.startsWith("username=")) {
                    String user = URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8);
                    return user.isBlank() ? "(none)" : user;
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return "(malformed)";
        }
        return "(none)";
    }

    private Duration waitFor(String key) {
        Failures recorded = failures.get(key);
        if (recorded == null || recorded.blockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), recorded.blockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void failed(String key, int free) {
        Instant now = clock.instant();
        if (failures.size() > MAX_ENTRIES) {
            failures.values().removeIf(f -> f.last().isBefore(now.minus(FORGET_AFTER)));
        }
        failures.compute(key, (k, before) -> {
            int count = before == null || before.last().isBefore(now.minus(FORGET_AFTER)) ? 1 : before.count() + 1;
            Instant blockedUntil = count < free ? null : now.plus(delay(count - free));
            return new Failures(count, now, blockedUntil);
        });
    }

    private Duration delay(int beyondFree) {
        long seconds = beyondFree >= 30 ? Long.MAX_VALUE : 1L << beyondFree;
        return seconds >= maxDelay.toSeconds() ? maxDelay : Duration.ofSeconds(seconds);
    }
}
