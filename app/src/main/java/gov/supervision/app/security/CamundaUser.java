package gov.supervision.app.security;

import gov.supervision.process.guard.TrustedCalls;
import gov.supervision.process.serial.TaskLocks;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Runs engine calls as the current user, so process steps see who acts (the commands they send carry that user as
 * the actor), in one of two ways:
 * <ul>
 *   <li>{@link #runAs}: as Tasklist does; Camunda's authorizations and the engine's guard apply, so the user may
 *       complete only a work item offered to it, with only the values its form takes;</li>
 *   <li>{@link #runChecked}: for what our API lets a role do outside its work items (ask for more time, stop or
 *       start a follow-up), after the controller checked the role; the engine trusts the call. It runs in one
 *       transaction holding the task's lock ({@link TaskLocks}) from before the engine reads anything of it.</li>
 * </ul>
 */
@Component
public class CamundaUser {

    private final IdentityService identity;
    private final TrustedCalls trusted;
    private final TransactionTemplate transaction;
    private final TaskLocks locks;

    CamundaUser(IdentityService identity, TrustedCalls trusted, TransactionTemplate transaction, TaskLocks locks) {
        this.identity = identity;
        this.trusted = trusted;
        this.transaction = transaction;
        this.locks = locks;
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

    /** {@code taskId}: the supervised task the call works on, held for the call's transaction. */
    public <T> T runChecked(SupervisionUser user, String taskId, Supplier<T> call) {
        return transaction.execute(status -> {
            locks.lock(taskId);
            return trusted.runAs(user.userId(), user.groupIds(), call);
        });
    }
}
