package gov.supervision.query.ledger;

import gov.supervision.command.task.api.*;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The ledger's "last action" of each event, in words a supervisor reads at a glance. */
final class LedgerActions {

    private static final Map<Class<?>, Function<TaskEvent, String>> WORDS = new HashMap<>();

    static {
        on(TaskRegistered.class, e -> "registered");
        on(TaskDispatched.class, e -> "dispatched");
        on(TaskAcknowledged.class, e -> "acknowledged by " + e.unit().name());
        on(ReminderSent.class, e -> "reminder to %s (%s)".formatted(e.unit().name(), e.dueId()));
        on(AcknowledgementOverdue.class, e -> "%s did not acknowledge in time".formatted(e.unit().name()));
        on(FollowUpStarted.class, e -> "follow-up started");
        on(FollowUpStopped.class, e -> "follow-up stopped: " + e.reason());
        on(FollowUpRoundOpened.class, e -> "round %d opened".formatted(e.round()));
        on(ProgressReported.class, e -> "progress reported by %s (%d%%)".formatted(e.unit().name(), e.percentComplete()));
        on(ContributionAdded.class, e -> "contribution %s by %s".formatted(e.contributionId(), e.unit().name()));
        on(ReportOverdue.class, e -> "%s missed the report of round %d".formatted(e.unit().name(), e.round()));
        on(ReportAccepted.class, e -> "report of %s accepted: %s".formatted(e.unit().name(), e.assessment()));
        on(ReportReturned.class, e -> "report of %s returned".formatted(e.unit().name()));
        on(EscalationProposed.class, e -> "escalation %s of %s: %s proposed".formatted(e.escalationId(), e.unit().name(), e.proposedStep()));
        on(SupervisionRaised.class, e -> "supervision raised");
        on(NoticeIssued.class, e -> "%s issued to %s".formatted(e.step(), e.unit().name()));
        on(RectificationReported.class, e -> "rectification reported by " + e.unit().name());
        on(RectificationMissed.class, e -> "%s missed its rectification".formatted(e.unit().name()));
        on(RectificationVerified.class, e -> "rectification of %s verified".formatted(e.unit().name()));
        on(RectificationRejected.class, e -> "rectification of %s not met".formatted(e.unit().name()));
        on(CompletionRequested.class, e -> "close-out requested by " + e.unit().name());
        on(CompletionReturned.class, e -> "close-out request returned");
        on(TaskClosed.class, e -> "closed");
        on(TaskRevised.class, e -> "revised by a new text of the plan");
        on(TaskWithdrawn.class, e -> "withdrawn: " + e.reason());
        on(TaskReopened.class, e -> "reopened: " + e.reason());
        on(ExtensionRequested.class, e -> "%s asked for more time on %s".formatted(e.unit().name(), e.dueId()));
        on(ExtensionGranted.class, e -> "more time granted on " + e.dueId());
        on(ExtensionRefused.class, e -> "more time refused on " + e.dueId());
    }

    private LedgerActions() {
    }

    static String describe(TaskEvent event) {
        return WORDS.getOrDefault(event.getClass(), e -> e.getClass().getSimpleName()).apply(event);
    }

    private static <E extends TaskEvent> void on(Class<E> type, Function<E, String> words) {
        WORDS.put(type, event -> words.apply(type.cast(event)));
    }
}
