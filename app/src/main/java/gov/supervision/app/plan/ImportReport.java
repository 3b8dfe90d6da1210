package gov.supervision.app.plan;

import gov.supervision.command.plan.api.PlanChanges;
import gov.supervision.command.plan.api.PlannedTask;

import java.util.List;

/** What an import of a plan changed (or would change): task numbers added, changed and removed. */
public record ImportReport(List<Integer> added, List<Integer> changed, List<Integer> removed, boolean applied) {

    public static ImportReport of(PlanChanges changes, boolean applied) {
        return new ImportReport(changes.added().stream().map(PlannedTask::number).toList(),
                changes.changed().stream().map(PlannedTask::number).toList(), changes.removed(), applied);
    }
}
