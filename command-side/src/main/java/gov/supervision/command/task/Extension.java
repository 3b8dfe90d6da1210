package gov.supervision.command.task;

import gov.supervision.command.task.api.Unit;

/** A request for more time on one due, until a supervisor decides it (or the due is met or missed first). */
record Extension(String id, Unit unit, String dueId, boolean decided) {

    Extension asDecided() {
        return new Extension(id, unit, dueId, true);
    }
}
