package gov.supervision.app.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Camunda's REST API and its webapps' API take JSON objects; some of their resources fail (500) on a body that is
 * none, or nested deeper than Jackson reads. Such a body is refused here, 400, before Camunda reads it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class CamundaJsonBodies extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !CamundaProblems.camundaApi(request) || type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length > 0 && !isObject(body)) {
            Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST,
                    "the body is no JSON object (or is nested too deep)"));
            return;
        }
        chain.doFilter(new RequestLimits.ReadBody(request, body), response);
    }

    private static boolean isObject(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }
}
