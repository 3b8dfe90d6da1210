package gov.supervision.app.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs engine calls as the current user, as Tasklist does: Camunda's authorizations apply, and process steps see
 * who acts (the commands they send carry that user as the actor).
 */
@Component
public class CamundaUser {

    private final IdentityService identity;

    CamundaUser(IdentityService identity) {
        this.identity = identity;
    }

    public void runAs(SupervisionUser user, Runnable call) {
        runAs(user, () -> {
            call.run();
            return null;
        });
    }

    public <T> T runAs(SupervisionUser user, Supplier<T> call) {
        identity.setAuthentication(user.userId(), user.groupIds());
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
