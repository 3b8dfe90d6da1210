package gov.supervision.process.identity;

import gov.supervision.command.task.api.Actor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completes a user task: the user Camunda authenticated for this call (Tasklist, Camunda's REST API or ours),
 * never a value from the submitted form.
 */
public final class ProcessActors {

    private ProcessActors() {
    }

    /** The authenticated user, acting for {@code unitId}; rejected unless the user is a member of that unit. */
    public static Actor unitActor(DelegateTask task, String unitId) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new StepNotAllowed("%s of task %s needs an authenticated user"
                    .formatted(task.getName(), task.getExecution().getBusinessKey()));
        }
        String userId = authentication.getUserId();
        if (authentication.getGroupIds() == null || !authentication.getGroupIds().contains(unitId)) {
            throw new StepNotAllowed("user %s does not act for unit %s, so it cannot complete %s"
                    .formatted(userId, unitId, task.getName()));
        }
        return Actor.unit(userId, unitId);
    }
}
