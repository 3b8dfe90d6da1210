package gov.supervision.query.ledger;

import gov.supervision.command.task.api.Assessment;
import gov.supervision.query.ledger.api.Light;
import gov.supervision.query.ledger.api.LightReason;
import gov.supervision.query.ledger.api.LedgerStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The light rule (README, "The light"). A task registered but not dispatched, or withdrawn, has no light; a closed
 * task is green. Otherwise it is
 * <ul>
 *   <li>red when something is overdue (a due time has come and what was owed is not made good), when the last
 *   accepted report was assessed ineffective, when a notice or accountability action is open, or when supervision
 *   was raised;</li>
 *   <li>else amber when something falls due within the next 24 hours, when a returned report is awaited again, or
 *   when the last accepted report was assessed slow;</li>
 *   <li>else green.</li>
 * </ul>
 * "Overdue" starts at the due time itself (the moment the task's lapse may be recorded). Days overdue count every
 * started day since the earliest such due time: one minute late is one day.
 */
public final class LightRule {

    static final Duration DUE_SOON = Duration.ofHours(24);

    /** A light read at an instant. */
    public record Reading(Light light, List<LightReason> reasons, Instant overdueSince, int daysOverdue) {
    }

    private LightRule() {
    }

    public static Reading read(LedgerEntry entry, Instant now) {
        if (entry.status == LedgerStatus.REGISTERED || entry.status == LedgerStatus.WITHDRAWN) {
            return new Reading(null, List.of(), null, 0);
        }
        if (entry.status == LedgerStatus.CLOSED) {
            return new Reading(Light.GREEN, List.of(), null, 0);
        }
        Optional<Instant> overdueSince = Stream.concat(entry.lapses.values().stream(),
                        entry.openDues.values().stream().filter(due -> !now.isBefore(due.dueAt())))
                .map(LedgerEntry.Due::dueAt).min(Instant::compareTo);
        List<LightReason> reasons = new ArrayList<>();
        overdueSince.ifPresent(since -> reasons.add(LightReason.OVERDUE));
        if (entry.assessment == Assessment.INEFFECTIVE) {
            reasons.add(LightReason.INEFFECTIVE);
        }
        if (!entry.openNotices.isEmpty()) {
            reasons.add(LightReason.UNDER_NOTICE);
        }
        if (entry.raised) {
            reasons.add(LightReason.RAISED);
        }
        if (entry.openDues.values().stream().anyMatch(due -> now.isBefore(due.dueAt())
                && !now.plus(DUE_SOON).isBefore(due.dueAt()))) {
            reasons.add(LightReason.DUE_SOON);
        }
        if (!entry.awaitingResubmission.isEmpty()) {
            reasons.add(LightReason.RETURNED);
        }
        if (entry.assessment == Assessment.SLOW) {
            reasons.add(LightReason.SLOW);
        }
        Light light = reasons.stream().anyMatch(r -> r.light() == Light.RED) ? Light.RED
                : reasons.isEmpty() ? Light.GREEN : Light.AMBER;
        int days = overdueSince.map(since -> (int) (Duration.between(since, now).toHours() / 24) + 1).orElse(0);
        return new Reading(light, List.copyOf(reasons), overdueSince.orElse(null), days);
    }
}
