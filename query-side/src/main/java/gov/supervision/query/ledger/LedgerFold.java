package gov.supervision.query.ledger;

import gov.supervision.command.task.api.*;
import gov.supervision.query.ledger.api.LedgerStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * How each event of a task changes its ledger entry. The dues mirror the task's own: opened by dispatch, rounds,
 * returns and rectification orders, closed when met or when their lapse is recorded, moved by extensions. A lapse
 * stays on the entry until the unit makes it good (acknowledges late, reports in a later round, or a later decision
 * supersedes a missed rectification), or until the task is closed or withdrawn.
 */
final class LedgerFold {

    private static final Map<Class<?>, BiConsumer<LedgerEntry, TaskEvent>> RULES = new HashMap<>();

    static {
        on(TaskRegistered.class, (entry, e) -> {
            entry.taskId = e.taskId().value();
            entry.planNumber = e.planNumber();
            entry.taskNumber = e.taskNumber();
            describe(entry, e.section(), e.text(), e.leadLeaders(), e.leadUnits(), e.cooperatingUnits());
            entry.status = LedgerStatus.REGISTERED;
        });
        on(TaskRevised.class, (entry, e) -> describe(entry, e.section(), e.text(), e.leadLeaders(), e.leadUnits(),
                e.cooperatingUnits()));
        on(TaskWithdrawn.class, (entry, e) -> {
            entry.status = LedgerStatus.WITHDRAWN;
            endSupervision(entry);
        });
        on(TaskDispatched.class, (entry, e) -> {
            entry.status = LedgerStatus.DISPATCHED;
            entry.dispatchedAt = e.occurredAt();
            if (e.acknowledgementDueAt() != null) {
                e.leadUnits().forEach(unit -> entry.openDues.put(DueIds.acknowledgement(unit.id()),
                        new LedgerEntry.Due(DueKind.ACKNOWLEDGEMENT, unit, e.acknowledgementDueAt())));
            }
        });
        on(TaskAcknowledged.class, (entry, e) -> {
            entry.acknowledgedUnitIds.add(e.unit().id());
            entry.openDues.remove(DueIds.acknowledgement(e.unit().id()));
            entry.lapses.remove(DueIds.acknowledgement(e.unit().id()));
            boolean everyLeadUnit = entry.leadUnits.stream().allMatch(u -> entry.acknowledgedUnitIds.contains(u.id()));
            if (entry.status == LedgerStatus.DISPATCHED && everyLeadUnit) {
                entry.status = LedgerStatus.ACKNOWLEDGED;
            }
        });
        on(AcknowledgementOverdue.class, (entry, e) -> lapse(entry, e.dueId(), "ack/" + e.unit().id(),
                new LedgerEntry.Due(DueKind.ACKNOWLEDGEMENT, e.unit(), e.dueAt())));
        on(FollowUpStarted.class, (entry, e) -> entry.status = followUpStatus(entry));
        on(FollowUpStopped.class, (entry, e) -> {
            entry.status = LedgerStatus.FOLLOW_UP_STOPPED;
            // no round is called while stopped: what reports were owed, or missed, no longer counts against it
            entry.openDues.values().removeIf(due -> due.kind() == DueKind.REPORT);
            entry.lapses.keySet().removeIf(key -> key.startsWith("report/"));
            entry.awaitingResubmission.clear();
        });
        on(FollowUpRoundOpened.class, (entry, e) -> {
            entry.round = e.round();
            e.leadUnits().forEach(unit -> entry.openDues.put(DueIds.report(e.round(), unit.id()),
                    new LedgerEntry.Due(DueKind.REPORT, unit, e.dueAt())));
        });
        on(ProgressReported.class, (entry, e) -> {
            if (entry.status != LedgerStatus.CLOSE_OUT_REQUESTED && entry.status != LedgerStatus.CLOSED) {
                entry.status = LedgerStatus.REPORTED;
            }
            entry.openDues.remove(DueIds.report(e.round(), e.unit().id()));
            entry.lapses.remove("report/" + e.unit().id());
            entry.awaitingResubmission.remove(e.unit().id());
            entry.unreviewedReports.put(e.reportId(), e.percentComplete());
            entry.lastReport = new LedgerEntry.LastReport(e.reportId(), e.unit(), e.round(), e.percentComplete(),
                    e.occurredAt(), "UNREVIEWED");
        });
        on(ReportOverdue.class, (entry, e) -> {
            entry.awaitingResubmission.remove(e.unit().id());
            lapse(entry, e.dueId(), "report/" + e.unit().id(),
                    new LedgerEntry.Due(DueKind.REPORT, e.unit(), e.dueAt()));
        });
        on(ReportAccepted.class, (entry, e) -> {
            Integer percent = entry.unreviewedReports.remove(e.reportId());
            if (percent != null) {
                entry.percentComplete = percent;
            }
            entry.assessment = e.assessment();
            review(entry, e.reportId(), "ACCEPTED_" + e.assessment().name());
        });
        on(ReportReturned.class, (entry, e) -> {
            entry.unreviewedReports.remove(e.reportId());
            entry.openDues.put(DueIds.report(e.round(), e.unit().id()),
                    new LedgerEntry.Due(DueKind.REPORT, e.unit(), e.resubmitDueAt()));
            entry.awaitingResubmission.add(e.unit().id());
            review(entry, e.reportId(), "RETURNED");
        });
        on(SupervisionRaised.class, (entry, e) -> entry.raised = true);
        on(NoticeIssued.class, (entry, e) -> {
            // a new decision on the unit supersedes a rectification it let lapse
            entry.lapses.entrySet().removeIf(lapse -> lapse.getKey().startsWith("rect/")
                    && lapse.getValue().unit().id().equals(e.unit().id()));
            if (e.rectificationDueAt() != null) {
                entry.openDues.put(DueIds.rectification(e.escalationId()),
                        new LedgerEntry.Due(DueKind.RECTIFICATION, e.unit(), e.rectificationDueAt()));
            }
            if (e.step() != EscalationStep.REMINDER) {
                entry.openNotices.put(e.escalationId(), new LedgerEntry.OpenNotice(e.unit(), e.step(),
                        e.occurredAt(), e.rectificationDueAt()));
            }
        });
        on(RectificationReported.class, (entry, e) ->
                entry.openDues.remove(DueIds.rectification(e.escalationId())));
        on(RectificationMissed.class, (entry, e) -> lapse(entry, e.dueId(), "rect/" + e.escalationId(),
                new LedgerEntry.Due(DueKind.RECTIFICATION, e.unit(), e.dueAt())));
        on(RectificationVerified.class, (entry, e) -> {
            entry.openNotices.remove(e.escalationId());
            entry.lapses.remove("rect/" + e.escalationId());
        });
        on(CompletionRequested.class, (entry, e) -> entry.status = LedgerStatus.CLOSE_OUT_REQUESTED);
        on(CompletionReturned.class, (entry, e) -> entry.status = followUpStatus(entry));
        on(TaskClosed.class, (entry, e) -> {
            entry.status = LedgerStatus.CLOSED;
            entry.closedAt = e.occurredAt();
            endSupervision(entry);
        });
        on(TaskReopened.class, (entry, e) -> {
            entry.status = followUpStatus(entry);
            entry.closedAt = null;
        });
        on(ExtensionGranted.class, (entry, e) -> entry.openDues.computeIfPresent(e.dueId(),
                (id, due) -> new LedgerEntry.Due(due.kind(), due.unit(), e.newDueAt())));
    }

    private LedgerFold() {
    }

    /** Applies the task's event with this sequence number, once: an event at or before the last applied is skipped. */
    static boolean apply(LedgerEntry entry, TaskEvent event, long sequence) {
        if (sequence <= entry.lastSequence) {
            return false;
        }
        RULES.getOrDefault(event.getClass(), (e, ignored) -> { }).accept(entry, event);
        if (event instanceof StrikeEvent strike && strike.countsAsStrike()) {
            entry.strikes++;
        }
        entry.lastAction = LedgerActions.describe(event);
        entry.lastActionAt = event.occurredAt();
        entry.lastSequence = sequence;
        return true;
    }

    private static void describe(LedgerEntry entry, String section, String text, List<String> leaders,
                                 List<Unit> leadUnits, List<Unit> cooperatingUnits) {
        entry.section = section == null ? "" : section;
        entry.shortTitle = ShortTitle.of(text);
        entry.leadLeaders = new ArrayList<>(leaders == null ? List.of() : leaders);
        entry.leadUnits = new ArrayList<>(leadUnits);
        entry.cooperatingUnits = new ArrayList<>(cooperatingUnits == null ? List.of() : cooperatingUnits);
    }

    /** A due whose lapse was recorded: no longer owed, but held against the task until made good. */
    private static void lapse(LedgerEntry entry, String dueId, String remedy, LedgerEntry.Due due) {
        entry.openDues.remove(dueId);
        entry.lapses.putIfAbsent(remedy, due);
    }

    private static void review(LedgerEntry entry, String reportId, String review) {
        if (entry.lastReport != null && entry.lastReport.reportId().equals(reportId)) {
            LedgerEntry.LastReport last = entry.lastReport;
            entry.lastReport = new LedgerEntry.LastReport(last.reportId(), last.unit(), last.round(),
                    last.percentComplete(), last.submittedAt(), review);
        }
    }

    /** Closed or withdrawn: nothing is owed or open any more. */
    private static void endSupervision(LedgerEntry entry) {
        entry.raised = false;
        entry.openDues.clear();
        entry.lapses.clear();
        entry.awaitingResubmission.clear();
        entry.openNotices.clear();
        entry.unreviewedReports.clear();
    }

    private static LedgerStatus followUpStatus(LedgerEntry entry) {
        return entry.lastReport == null ? LedgerStatus.ACKNOWLEDGED : LedgerStatus.REPORTED;
    }

    private static <E extends TaskEvent> void on(Class<E> type, BiConsumer<LedgerEntry, E> rule) {
        RULES.put(type, (entry, event) -> rule.accept(entry, type.cast(event)));
    }
}
