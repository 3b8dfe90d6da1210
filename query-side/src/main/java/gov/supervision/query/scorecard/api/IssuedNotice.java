package gov.supervision.query.scorecard.api;

import gov.supervision.command.task.api.EscalationStep;

import java.time.Instant;

/** A step decided on a unit's record: a reminder, a criticism, an admonition or an accountability action. */
public record IssuedNotice(int taskNumber, String escalationId, String unitId, String unitName, EscalationStep step,
                           String reason, Instant issuedAt, Instant rectificationDueAt) {
}
