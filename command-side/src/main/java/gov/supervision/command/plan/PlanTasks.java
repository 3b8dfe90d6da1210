package gov.supervision.command.plan;

import gov.supervision.command.plan.api.PlanChanges;
import gov.supervision.command.plan.api.PlannedTask;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A plan's tasks by number, as last imported; a new import is compared with them. */
record PlanTasks(Map<Integer, PlannedTask> byNumber) {

    static final PlanTasks NONE = new PlanTasks(Map.of());

    PlanChanges changesTo(List<PlannedTask> imported) {
        Set<Integer> numbers = new HashSet<>();
        List<PlannedTask> added = new ArrayList<>();
        List<PlannedTask> changed = new ArrayList<>();
        for (PlannedTask task : imported) {
            if (!numbers.add(task.number())) {
                throw new RuleViolation(Rule.INVALID_TASK, "tasks: task %d is given twice".formatted(task.number()));
            }
            PlannedTask current = byNumber.get(task.number());
            if (current == null) {
                added.add(task);
            } else if (!current.equals(task)) {
                changed.add(task);
            }
        }
        List<Integer> removed = byNumber.keySet().stream().filter(n -> !numbers.contains(n)).sorted().toList();
        return new PlanChanges(List.copyOf(added), List.copyOf(changed), removed);
    }

    PlanTasks with(List<PlannedTask> added, List<PlannedTask> changed, List<Integer> removed) {
        Map<Integer, PlannedTask> next = new TreeMap<>(byNumber);
        added.forEach(task -> next.put(task.number(), task));
        changed.forEach(task -> next.put(task.number(), task));
        removed.forEach(next::remove);
        return new PlanTasks(Collections.unmodifiableMap(next));
    }
}
