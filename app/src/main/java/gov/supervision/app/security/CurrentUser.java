package gov.supervision.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static SupervisionUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SupervisionUser user)) {
            throw new IllegalStateException("no authenticated user");
        }
        return user;
    }
}
