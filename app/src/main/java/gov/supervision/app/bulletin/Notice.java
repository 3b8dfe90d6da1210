package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.util.Objects;

/**
 * A notice or accountability action issued in the week (四、本周通报与问责): a reminder, a public criticism with a
 * rectification order, an admonition interview or an accountability action against a unit.
 *
 * @param rectificationDueAt the rectification deadline, when the step orders one
 */
public record Notice(Instant issuedAt, Unit unit, int taskNumber, EscalationStep step, String reason,
                     Instant rectificationDueAt) {

    public Notice {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(step, "step");
    }
}
