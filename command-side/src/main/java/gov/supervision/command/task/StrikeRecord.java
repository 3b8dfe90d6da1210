package gov.supervision.command.task;

import gov.supervision.command.task.api.StrikeEvent;
import gov.supervision.command.task.api.Strikes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strikes as the task's events make them: counted while the events are applied, never set directly. */
final class StrikeRecord {

    private final Map<String, Integer> byUnit = new HashMap<>();
    private final List<String> record = new ArrayList<>();
    private int total;

    /** Counts the event if it is a strike; {@code what} says what happened, for the record. */
    void count(StrikeEvent event, String what) {
        if (event.countsAsStrike()) {
            byUnit.merge(event.unit().id(), 1, Integer::sum);
            total++;
            record.add(event.unit().name() + " " + what);
        }
    }

    /** The strikes in the order they happened, in words. */
    String summary() {
        return String.join("；", record);
    }

    Strikes of(String unitId) {
        return new Strikes(byUnit.getOrDefault(unitId, 0), total);
    }

    int total() {
        return total;
    }
}
