package gov.supervision.command.task;

import gov.supervision.command.task.api.Unit;

/** A submitted progress report, until a supervisor has reviewed it. */
record Report(String id, Unit unit, int round, boolean reviewed) {

    Report asReviewed() {
        return new Report(id, unit, round, true);
    }
}
