package gov.supervision.app.security;

import gov.supervision.app.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * No page elsewhere can change anything through a signed-in browser: a request that may change state (any method
 * but GET, HEAD, OPTIONS) is refused when the browser says it comes from another site ({@code Sec-Fetch-Site}) or
 * from another origin ({@code Origin}, compared with this engine's own, or one listed in
 * {@code supervision.security.allowed-origins}). Clients that are no browser (curl, scripts) send neither header
 * and pass; with basic auth they must hold the password anyway.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final List<String> allowedOrigins;

    CrossSiteRequests(@Value("${supervision.security.allowed-origins:}") List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().filter(s -> !s.isBlank()).map(String::strip).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        String own = ownOrigin(request);
        if (site != null && !site.equals("same-origin") && !site.equals("none")
                && (origin == null || !allowedOrigins.contains(origin))) {
            refuse(response, "the browser sent it from another site (Sec-Fetch-Site: " + site + ")");
            return;
        }
        if (origin != null && !origin.equalsIgnoreCase(own) && !allowedOrigins.contains(origin)) {
            refuse(response, "it comes from " + origin + ", not from this engine's origin " + own);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static void refuse(HttpServletResponse response, String why) throws IOException {
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "cross-site request refused: " + why));
    }
}
