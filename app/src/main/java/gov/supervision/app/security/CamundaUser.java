package gov.supervision.app.security;

import gov.supervision.process.guard.TrustedCalls;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs engine calls as the current user, so process steps see who acts (the commands they send carry that user as
 * the actor), in one of two ways:
 * <ul>
 *   <li>{@link #runAs}: as Tasklist does; Camunda's authorizations and the engine's guard apply, so the user may
 *       complete only a work item offered to it, with only the values its form takes;</li>
 *   <li>{@link #runChecked}: for what our API lets a role do outside its work items (ask for more time, stop or
 *       start a follow-up), after the controller checked the role; the engine trusts the call.</li>
 * </ul>
 */
@Component
public class CamundaUser {

    private final IdentityService identity;
    private final TrustedCalls trusted;

    CamundaUser(IdentityService identity, TrustedCalls trusted) {
        this.identity = identity;
        this.trusted = trusted;
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

    public <T> T runChecked(SupervisionUser user, Supplier<T> call) {
        return trusted.runAs(user.userId(), user.groupIds(), call);
    }
}
