package gov.supervision.query.ledger.api;

import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One task in the ledger (台账), with its light read at the time the query was answered.
 *
 * @param percentComplete  from the last accepted report
 * @param round            the latest follow-up round, if any
 * @param strikes          the task's strikes so far, counted from its events
 * @param raised           under raised supervision (提级督办) until closed
 * @param light            null while registered but not dispatched, or withdrawn
 * @param lightReasons     why it has that light
 * @param lastReportAt     when the last progress report was submitted
 * @param nextDueAt        the earliest due time among what its units still owe
 * @param daysOverdue      started days since the earliest lapse not made good; 0 when nothing is overdue
 * @param openNotices      notices and accountability actions whose rectification is not yet verified
 * @param closedOn         the day it was closed, in the plan's time zone
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
        Instant closedAt,
        List<String> leadLeaders,
        List<Unit> cooperatingUnits,
        Light light,
        List<LightReason> lightReasons,
        Instant lastReportAt,
        Instant nextDueAt,
        int daysOverdue,
        int openNotices,
        LocalDate closedOn) {
}
