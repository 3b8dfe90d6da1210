package gov.supervision.command.task;

import gov.supervision.command.task.api.RegisterTask;
import gov.supervision.command.task.api.Role;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.TextRules;
import gov.supervision.command.task.api.Unit;

import java.util.List;
import java.util.Objects;

/** What a registered task must hold; kept apart so the aggregate reads as its lifecycle. */
final class TaskRegistrationRules {

    private TaskRegistrationRules() {
    }

    static void check(RegisterTask command) {
        if (command.actor() == null
                || (command.actor().role() != Role.SYSTEM && command.actor().role() != Role.SUPERVISOR)) {
            throw new RuleViolation(Rule.ONLY_SUPERVISOR, "only a supervisor or the plan import may register tasks");
        }
        String plan = required(TextRules.check("planNumber", command.planNumber(), TextRules.NAME), Rule.INVALID_TASK,
                "planNumber: a task needs its plan number");
        if (command.taskNumber() < 1) {
            throw new RuleViolation(Rule.INVALID_TASK, "taskNumber: must be 1 or more, was " + command.taskNumber());
        }
        if (!command.taskId().equals(TaskId.of(plan, command.taskNumber()))) {
            throw new RuleViolation(Rule.INVALID_TASK, "taskId: %s is not the id of task %d of plan %s"
                    .formatted(command.taskId(), command.taskNumber(), plan));
        }
        required(TextRules.check("text", command.text(), TextRules.TASK_TEXT), Rule.INVALID_TASK,
                "text: task %d has no text".formatted(command.taskNumber()));
        TextRules.check("section", command.section(), TextRules.TITLE);
        if (command.leadUnits() == null || command.leadUnits().isEmpty()) {
            throw new RuleViolation(Rule.INVALID_TASK,
                    "leadUnits: task %d names no lead unit".formatted(command.taskNumber()));
        }
        Objects.requireNonNull(command.leadLeaders(), "leadLeaders");
        Objects.requireNonNull(command.cooperatingUnits(), "cooperatingUnits");
        TextRules.checkAll("leadLeaders", command.leadLeaders(), TextRules.ITEMS, TextRules.NAME);
        checkUnits("leadUnits", command.leadUnits());
        checkUnits("cooperatingUnits", command.cooperatingUnits());
    }

    private static void checkUnits(String field, List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            TextRules.check(field + "[" + i + "].id", units.get(i).id(), TextRules.NAME);
            TextRules.check(field + "[" + i + "].name", units.get(i).name(), TextRules.NAME);
        }
    }

    /** The event a valid registration records. */
    static TaskRegistered registered(RegisterTask command) {
        return new TaskRegistered(command.taskId(), command.planNumber().strip(), command.taskNumber(),
                command.section(), command.text().strip(), List.copyOf(command.leadLeaders()),
                List.copyOf(command.leadUnits()), List.copyOf(command.cooperatingUnits()), command.actor(),
                command.at());
    }

    static boolean sameContent(TaskRegistered a, TaskRegistered b) {
        return a.planNumber().equals(b.planNumber())
                && a.taskNumber() == b.taskNumber()
                && Objects.equals(a.section(), b.section())
                && a.text().equals(b.text())
                && a.leadLeaders().equals(b.leadLeaders())
                && a.leadUnits().equals(b.leadUnits())
                && a.cooperatingUnits().equals(b.cooperatingUnits());
    }

    static String required(String value, Rule rule, String message) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(rule, message);
        }
        return value.strip();
    }
}
