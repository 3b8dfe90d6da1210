package gov.supervision.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/**
 * Tomcat's own error answers (a request it refuses before any servlet sees it: a path it cannot decode, a header it
 * cannot parse) as problems too, instead of Tomcat's HTML page with its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        if (status == 505) {
            // a protocol version nobody speaks is the client's mistake, not the engine's failure
            response.setStatus(400);
            status = 400;
        }
        ProblemDetail problem = status >= 500 && failure != null ? Problems.incident(failure, "the web server")
                : Problems.of(status, status == 400 && request.getProtocol() != null && !request.getProtocol()
                .startsWith("HTTP/1.") ? "this server speaks HTTP/1.1" : ProblemErrorPage.describe(status));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(Problems.asMap(problem)));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the answer began already: nothing more to say
        }
    }
}
