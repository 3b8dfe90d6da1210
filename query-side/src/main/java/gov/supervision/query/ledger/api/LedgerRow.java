package gov.supervision.query.ledger.api;

import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.util.List;

/**
 * One task in the ledger (台账).
 *
 * @param round   the latest follow-up round, if any
 * @param strikes the task's strikes so far, counted from its events
 * @param raised  under raised supervision (提级督办) until closed
 */
public record LedgerRow(
        String taskId,
        String planNumber,
        int taskNumber,
        String section,
        String shortTitle,
        List<Unit> leadUnits,
        LedgerStatus status,
        Integer percentComplete,
        Integer round,
        int strikes,
        boolean raised,
        String lastAction,
        Instant lastActionAt,
        Instant closedAt) {
}
