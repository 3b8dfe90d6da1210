package gov.supervision.query.history.api;

import java.time.Instant;
import java.util.Set;

/**
 * The events of one task, in the order they were appended, optionally only some of them.
 *
 * @param types only events of these types (simple names such as ProgressReported); empty for all
 * @param from  only events that happened at or after this instant; null for no bound
 * @param to    only events that happened before this instant; null for no bound
 */
public record FindTaskHistory(String taskId, Set<String> types, Instant from, Instant to) {

    public FindTaskHistory {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    /** Whether an entry of the task's history is one asked for. */
    public boolean matches(HistoryEntry entry) {
        return (types.isEmpty() || types.contains(entry.type()))
                && (from == null || !entry.time().isBefore(from))
                && (to == null || entry.time().isBefore(to));
    }

    /** Every event of the task. */
    public FindTaskHistory(String taskId) {
        this(taskId, Set.of(), null, null);
    }
}
