package gov.supervision.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every error of every door as an RFC 7807 problem: {@code status}, {@code title}, a {@code detail} that names the
 * field, the line or the rule, and nothing else: never SQL, a payload or a class name. A genuine failure (500)
 * says only its incident id; the log holds the incident with what happened.
 */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 500;
    /** a Java class's full name, such as a library's exception would mention */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z][A-Za-z0-9_$]*\\b");

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, safe(detail));
    }

    public static ProblemDetail of(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setDetail(safe(detail));
        return problem;
    }

    /** A failure nobody expected: logged with a new incident id, answered with that id alone. */
    public static ProblemDetail incident(Throwable failure, String where) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: {} failed", incident, where, failure);
        return incidentProblem(incident);
    }

    /** The same, for a failure another component already logged (its description goes with the incident id). */
    public static ProblemDetail incident(String description, String where) {
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}: {} failed: {}", incident, where, description);
        return incidentProblem(incident);
    }

    private static ProblemDetail incidentProblem(String incident) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the engine could not answer this request; incident " + incident + " in its log says why");
        problem.setProperty("incident", incident);
        return problem;
    }

    /** Writes the problem as the whole answer, where no controller answers (filters, security, the error page). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = JSON.writeValueAsBytes(asMap(problem));
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? URI.create("about:blank").toString() : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /**
     * What a detail may show: no class names, no control characters or halves of surrogate pairs (a value echoed
     * from the request is shown as U+FFFD there), at most 500 characters.
     */
    public static String safe(String detail) {
        if (detail == null) {
            return null;
        }
        String text = CLASS_NAME.matcher(detail).replaceAll("…");
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_DETAIL + 1));
        for (int i = 0; i < text.length() && safe.length() < MAX_DETAIL; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\n') {
                safe.append('\uFFFD');
            } else {
                safe.append(c);
            }
        }
        if (safe.length() >= MAX_DETAIL && text.length() > MAX_DETAIL) {
            safe.append('…');
        }
        return safe.toString();
    }
}
