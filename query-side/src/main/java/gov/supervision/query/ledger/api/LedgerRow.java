package gov.supervision.query.ledger.api;

import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.util.List;

/** One task in the ledger (台账). */
public record LedgerRow(
        String taskId,
        String planNumber,
        int taskNumber,
        String section,
        String shortTitle,
        List<Unit> leadUnits,
        LedgerStatus status,
        Integer percentComplete,
        String lastAction,
        Instant lastActionAt) {
}
