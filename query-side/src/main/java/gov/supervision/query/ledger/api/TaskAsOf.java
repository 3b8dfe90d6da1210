package gov.supervision.query.ledger.api;

import gov.supervision.command.task.api.DueKind;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.util.List;

/**
 * A task as it stood at an instant, rebuilt from its events up to that instant (not from the ledger table).
 *
 * @param events       how many of its events happened by then
 * @param lastSequence the sequence number of the last of them
 * @param ledger       its ledger row as it would have read then, light included
 * @param lastReport   the last progress report submitted by then, if any
 * @param openNotices  notices and accountability actions open then
 * @param openDues     what its units owed then
 * @param lapses       lapses not yet made good then
 */
public record TaskAsOf(String taskId, Instant asOf, int events, long lastSequence, LedgerRow ledger,
                       Report lastReport, List<Notice> openNotices, List<Due> openDues, List<Due> lapses) {

    /** @param review UNREVIEWED, RETURNED or ACCEPTED_&lt;assessment&gt; */
    public record Report(String reportId, Unit unit, int round, int percentComplete, Instant submittedAt,
                         String review) {
    }

    public record Notice(String escalationId, Unit unit, EscalationStep step, Instant issuedAt,
                         Instant rectificationDueAt) {
    }

    public record Due(String dueId, DueKind kind, Unit unit, Instant dueAt) {
    }
}
