package gov.supervision.command.task;

import gov.supervision.command.task.api.DueKind;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the task's units owe and by when: opened, met, missed and moved only by the task's events. */
final class Dues {

    record Due(String id, DueKind kind, Unit unit, Instant dueAt) {
    }

    private final Map<String, Due> open = new LinkedHashMap<>();

    void open(String id, DueKind kind, Unit unit, Instant dueAt) {
        open.put(id, new Due(id, kind, unit, dueAt));
    }

    void close(String id) {
        open.remove(id);
    }

    void move(String id, Instant dueAt) {
        open.computeIfPresent(id, (key, due) -> new Due(key, due.kind(), due.unit(), dueAt));
    }

    void closeAll() {
        open.clear();
    }

    Optional<Due> find(String id) {
        return Optional.ofNullable(open.get(id));
    }

    boolean isOpen(String id) {
        return open.containsKey(id);
    }

    Due require(String id, String task) {
        return find(id).orElseThrow(() -> new RuleViolation(Rule.NO_SUCH_DUE,
                "nothing is due under %s on %s (it was met, missed or never set)".formatted(id, task)));
    }
}
