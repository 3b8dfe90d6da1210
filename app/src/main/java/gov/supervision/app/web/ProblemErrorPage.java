package gov.supervision.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;
import java.util.Optional;

/**
 * The error page of every door (our API, Camunda's REST API and webapps, static resources): whatever the servlet
 * container ends with an error status is answered as a problem, never Spring's or Tomcat's default page. A failure
 * (5xx) says only its incident id; the log holds the incident.
 */
@Controller
class ProblemErrorPage implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 500;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String where = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + "";
        ProblemDetail problem;
        Optional<DatabaseTrouble> database = failure instanceof Throwable thrown ? DatabaseTrouble.of(thrown)
                : Optional.empty();
        if (status >= 500 && database.isPresent()) {
            // thrown before any controller (signing in looks the user up): the database's trouble, not an incident
            problem = database.get().answer(response);
        } else if (status >= 500) {
            problem = failure instanceof Throwable thrown ? Problems.incident(thrown, where)
                    : Problems.incident("status " + status, where);
        } else {
            problem = Problems.of(status, describe(status));
        }
        Problems.write(response, problem);
    }

    static String describe(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return "the request was refused";
        }
        return switch (known) {
            case BAD_REQUEST -> "the request is malformed (its path, query or headers)";
            case UNAUTHORIZED -> "sign in first: this needs a user";
            case FORBIDDEN -> "this user may not do this";
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "this method is not answered here";
            case NOT_ACCEPTABLE -> "this resource cannot answer in the type asked for";
            case PAYLOAD_TOO_LARGE -> "the body is larger than taken here";
            case UNSUPPORTED_MEDIA_TYPE -> "a body of this type is not taken here";
            case TOO_MANY_REQUESTS -> "too many attempts: wait, then try again";
            default -> known.getReasonPhrase().toLowerCase();
        };
    }
}
