package gov.supervision.command.plan.api;

import java.util.List;

/**
 * What an import changes in a plan: tasks added, tasks whose content changed, and task numbers no longer in it.
 */
public record PlanChanges(List<PlannedTask> added, List<PlannedTask> changed, List<Integer> removed) {

    public static final PlanChanges NONE = new PlanChanges(List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
