package gov.supervision.query.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.DueKind;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.Unit;
import gov.supervision.query.ledger.api.LedgerStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One task's ledger entry as its events leave it: what the ledger shows and the facts its light is computed from.
 * {@link LedgerFold} changes it event by event; the ledger table keeps it (as JSON) between events, and an as-of
 * query folds it afresh from the task's events up to an instant. Nothing here depends on the time it is read at.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class LedgerEntry {

    /** Something a unit owes by a due time. */
    public record Due(DueKind kind, Unit unit, Instant dueAt) {
    }

    /** A notice or accountability action whose rectification is not yet verified. */
    public record OpenNotice(Unit unit, EscalationStep step, Instant issuedAt, Instant rectificationDueAt) {
    }

    /** The last progress report submitted, and what became of it. */
    public record LastReport(String reportId, Unit unit, int round, int percentComplete, Instant submittedAt,
                             String review) {
    }

    String taskId;
    String planNumber;
    int taskNumber;
    String section;
    String shortTitle;
    List<String> leadLeaders = new ArrayList<>();
    List<Unit> leadUnits = new ArrayList<>();
    List<Unit> cooperatingUnits = new ArrayList<>();

    LedgerStatus status = LedgerStatus.REGISTERED;
    Integer round;
    int strikes;
    boolean raised;

    /** from the last accepted report */
    Integer percentComplete;
    /** the assessment of the last accepted report */
    Assessment assessment;
    LastReport lastReport;
    /** submitted, not yet reviewed: report id → percent complete */
    Map<String, Integer> unreviewedReports = new LinkedHashMap<>();

    Set<String> acknowledgedUnitIds = new LinkedHashSet<>();
    /** due id → what is owed, as the task's dues stand */
    Map<String, Due> openDues = new LinkedHashMap<>();
    /** lapses not yet made good, by what makes them good: ack/unit, report/unit, rect/escalation */
    Map<String, Due> lapses = new LinkedHashMap<>();
    /** unit ids whose returned report is awaited again */
    Set<String> awaitingResubmission = new LinkedHashSet<>();
    /** escalation id → notice */
    Map<String, OpenNotice> openNotices = new LinkedHashMap<>();

    Instant dispatchedAt;
    Instant closedAt;
    String lastAction;
    Instant lastActionAt;
    long lastSequence = -1;

    LedgerEntry() {
    }

    public String taskId() {
        return taskId;
    }

    public String planNumber() {
        return planNumber;
    }

    public int taskNumber() {
        return taskNumber;
    }

    public String section() {
        return section;
    }

    public String shortTitle() {
        return shortTitle;
    }

    public List<String> leadLeaders() {
        return List.copyOf(leadLeaders);
    }

    public List<Unit> leadUnits() {
        return List.copyOf(leadUnits);
    }

    public List<Unit> cooperatingUnits() {
        return List.copyOf(cooperatingUnits);
    }

    public LedgerStatus status() {
        return status;
    }

    public Integer round() {
        return round;
    }

    public int strikes() {
        return strikes;
    }

    public boolean raised() {
        return raised;
    }

    public Integer percentComplete() {
        return percentComplete;
    }

    public Assessment assessment() {
        return assessment;
    }

    public Optional<LastReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    public Map<String, Due> openDues() {
        return Map.copyOf(openDues);
    }

    public Map<String, Due> lapses() {
        return Map.copyOf(lapses);
    }

    public boolean awaitsResubmission() {
        return !awaitingResubmission.isEmpty();
    }

    public Map<String, OpenNotice> openNotices() {
        return Map.copyOf(openNotices);
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String lastAction() {
        return lastAction;
    }

    public Instant lastActionAt() {
        return lastActionAt;
    }

    public long lastSequence() {
        return lastSequence;
    }

    /** The earliest due time among what is still owed, if anything is. */
    public Optional<Instant> nextDueAt() {
        return openDues.values().stream().map(Due::dueAt).min(Instant::compareTo);
    }
}
