package gov.supervision.command.task.api;

import java.util.Objects;

/**
 * A government unit as a task names it: its stable directory id (also its Camunda candidate group) and its
 * name as written in the plan.
 */
public record Unit(String id, String name) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
