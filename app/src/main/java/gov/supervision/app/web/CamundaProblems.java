package gov.supervision.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.process.forms.InvalidFormInput;
import gov.supervision.process.guard.NoSuchWorkItem;
import gov.supervision.process.guard.TaskRulesRefused;
import gov.supervision.process.identity.StepNotAllowed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Camunda's REST API and its webapps' API answer errors in Camunda's own JSON, whose {@code type} is an exception's
 * class name and whose message may hold SQL. Here they become problems like our API's: the status (a refusal by the
 * task's rules is 409, as on our API), a {@code detail} without class names and, for the webapps, the same text as
 * {@code message}; a failure (5xx) shows only its incident id. Successful answers pass untouched and unbuffered.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class CamundaProblems extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Camunda's REST API, or the API its webapps' pages call. */
    static boolean camundaApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !camundaApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(request, capture);
        if (!capture.captured()) {
            return;
        }
        if (MediaType.APPLICATION_PROBLEM_JSON_VALUE.equals(capture.contentType())) {
            response.getOutputStream().write(capture.body());  // ours already (security, limits)
            return;
        }
        Problems.write(response, problem(capture.getStatus(), capture.body(), request));
    }

    private static ProblemDetail problem(int status, byte[] body, HttpServletRequest request) {
        JsonNode error = read(body);
        // Camunda's REST resources wrap the engine's message: "Cannot complete task 3655…: <the refusal>"
        String message = error.path("message").asText("").replaceFirst("^Cannot [^:]*: ", "");
        int code = error.path("code").asInt(0);
        ProblemDetail problem;
        if (code == TaskRulesRefused.CODE && message.matches("[A-Z_]+: .*")) {
            problem = Problems.of(HttpStatus.CONFLICT, message.substring(message.indexOf(": ") + 2));
            problem.setProperty("rule", message.substring(0, message.indexOf(": ")));
        } else if (code == InvalidFormInput.CODE && message.contains(": ")) {
            problem = Problems.of(HttpStatus.BAD_REQUEST, message);
            problem.setProperty("field", message.substring(0, message.indexOf(": ")));
        } else if (code == NoSuchWorkItem.CODE) {
            problem = Problems.of(HttpStatus.NOT_FOUND, message);
        } else if (code == StepNotAllowed.CODE) {
            problem = Problems.of(HttpStatus.FORBIDDEN, message);
        } else if (status >= 500) {
            problem = Problems.incident("Camunda answered " + status + ": " + message, request.getMethod() + " "
                    + request.getRequestURI());
        } else {
            problem = Problems.of(status, message.isBlank() ? ProblemErrorPage.describe(status) : message);
        }
        problem.setProperty("message", problem.getDetail());
        return problem;
    }

    private static JsonNode read(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    /** Passes a successful answer through; holds back an error's body, to be answered as a problem. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private boolean captured;
        private String contentType;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        boolean captured() {
            return captured;
        }

        byte[] body() {
            return held.toByteArray();
        }

        String contentType() {
            return contentType;
        }

        @Override
        public void setContentType(String type) {
            contentType = type == null ? null : type.split(";")[0].strip();
            super.setContentType(type);
        }

        // an error's length is the problem's, not the one Camunda announced for its own body
        @Override
        public void setContentLength(int length) {
            if (getStatus() < 400) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (getStatus() < 400) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (getStatus() < 400 || !"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (getStatus() < 400 || !"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void sendError(int status) {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) {
            setStatus(status);
            captured = true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (getStatus() < 400) {
                return super.getOutputStream();
            }
            captured = true;
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    held.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    held.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (getStatus() < 400) {
                return super.getWriter();
            }
            captured = true;
            return new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8), true);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!captured) {
                super.flushBuffer();
            }
        }
    }
}
