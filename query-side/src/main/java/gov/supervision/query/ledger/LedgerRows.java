package gov.supervision.query.ledger;

import gov.supervision.query.ledger.api.LedgerRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A ledger entry as the row the ledger shows, its light read at an instant. */
final class LedgerRows {

    private LedgerRows() {
    }

    static LedgerRow of(LedgerEntry entry, Instant now, ZoneId zone) {
        LightRule.Reading light = LightRule.read(entry, now);
        return new LedgerRow(entry.taskId, entry.planNumber, entry.taskNumber, entry.section, entry.shortTitle,
                entry.leadUnits(), entry.status, entry.percentComplete, entry.round, entry.strikes, entry.raised,
                entry.lastAction, entry.lastActionAt, entry.closedAt, entry.leadLeaders(), entry.cooperatingUnits(),
                light.light(), light.reasons(), entry.lastReport == null ? null : entry.lastReport.submittedAt(),
                entry.nextDueAt().orElse(null), light.daysOverdue(), entry.openNotices.size(),
                entry.closedAt == null ? null : LocalDate.ofInstant(entry.closedAt, zone));
    }
}
