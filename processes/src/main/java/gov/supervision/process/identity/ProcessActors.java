package gov.supervision.process.identity;

import gov.supervision.bpmn.CandidateGroups;
import gov.supervision.command.task.api.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;

/**
 * Who takes a process step a person takes: the user Camunda authenticated for this call (Tasklist, Camunda's REST
 * API or ours), never a value from a submitted form. Steps that timers take are the system's.
 */
public final class ProcessActors {

    private ProcessActors() {
    }

    /**
     * The authenticated user acting for {@code unitId}; rejected unless a member of that unit, and unless the unit is
     * the one the engine offered the task to (its candidate group, which no worker can edit).
     */
    public static Actor unitActor(DelegateTask task, String unitId) {
        return unitActorAmong(task, List.of(unitId));
    }

    public static Actor unitActor(DelegateExecution execution, String unitId) {
        return unitActorAmong(execution, stepName(execution), List.of(unitId));
    }

    /** The authenticated user acting for whichever of {@code unitIds} it is a member of. */
    public static Actor unitActorAmong(DelegateTask task, Collection<String> unitIds) {
        Set<String> offeredTo = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        unitIds.stream().filter(unitId -> !offeredTo.contains(unitId)).findFirst().ifPresent(unitId -> {
            throw new StepNotAllowed("%s was offered to %s, not to unit %s: its facts were altered"
                    .formatted(task.getName(), offeredTo, unitId));
        });
        return unitActorAmong(task, task.getName(), unitIds);
    }

    /** The authenticated user, who must be a supervisor. */
    public static Actor supervisor(DelegateTask task) {
        return supervisor(task, task.getName());
    }

    public static Actor supervisor(DelegateExecution execution) {
        return supervisor(execution, stepName(execution));
    }

    /** The authenticated user if a supervisor takes this step, else the system (a timer, or another process). */
    public static Actor supervisorOrSystem(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user != null && groups(user).contains(CandidateGroups.SUPERVISORS)
                ? Actor.supervisor(user.getUserId()) : Actor.SYSTEM;
    }

    private static Actor supervisor(ProcessEngineServicesAware scope, String step) {
        Authentication user = authenticated(scope, step);
        if (!groups(user).contains(CandidateGroups.SUPERVISORS)) {
            throw new StepNotAllowed("user %s is not a supervisor, so it cannot complete %s"
                    .formatted(user.getUserId(), step));
        }
        return Actor.supervisor(user.getUserId());
    }

    private static Actor unitActorAmong(ProcessEngineServicesAware scope, String step, Collection<String> unitIds) {
        Authentication user = authenticated(scope, step);
        return groups(user).stream().filter(unitIds::contains).findFirst()
                .map(unitId -> Actor.unit(user.getUserId(), unitId))
                .orElseThrow(() -> new StepNotAllowed("user %s does not act for %s, so it cannot complete %s"
                        .formatted(user.getUserId(), unitIds.size() == 1 ? "unit " + unitIds.iterator().next()
                                : "any of the units " + unitIds, step)));
    }

    private static Authentication authenticated(ProcessEngineServicesAware scope, String step) {
        Authentication user = scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            throw new StepNotAllowed("%s needs an authenticated user".formatted(step));
        }
        return user;
    }

    private static List<String> groups(Authentication user) {
        return user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }

    private static String stepName(DelegateExecution execution) {
        String name = execution.getCurrentActivityName();
        return name != null ? name : execution.getCurrentActivityId();
    }
}
