package gov.supervision.app.security;

import gov.supervision.app.web.DatabaseTrouble;
import gov.supervision.app.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Spring Security's refusals as problems: 401 with the basic-auth challenge, 403, and a path its firewall refuses. */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    static final String REALM = "supervision";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        var database = DatabaseTrouble.of(e);
        if (database.isPresent()) {
            // the user could not be looked up: not a wrong password
            Problems.write(response, database.get().answer(response));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, request.getHeader("Authorization") == null
                ? "sign in first: this needs a user (HTTP basic authentication)"
                : "unknown user or wrong password"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "this user's role may not do this"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        Problems.write(response, Problems.of(HttpStatus.BAD_REQUEST,
                "no resource here answers this method or a path like this one (an encoded slash, a NUL, a control "
                        + "character, a dot segment, …)"));
    }
}
