package gov.supervision.process.reconciliation;

import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.ExtensionProcess;
import gov.supervision.bpmn.FollowUpProcess;
import gov.supervision.command.task.api.AcknowledgementOverdue;
import gov.supervision.command.task.api.DueIds;
import gov.supervision.command.task.api.EscalationProposed;
import gov.supervision.command.task.api.ExtensionGranted;
import gov.supervision.command.task.api.ExtensionRefused;
import gov.supervision.command.task.api.ExtensionRequested;
import gov.supervision.command.task.api.FollowUpStarted;
import gov.supervision.command.task.api.FollowUpStopped;
import gov.supervision.command.task.api.NoticeIssued;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.RectificationMissed;
import gov.supervision.command.task.api.RectificationRejected;
import gov.supervision.command.task.api.RectificationReported;
import gov.supervision.command.task.api.RectificationVerified;
import gov.supervision.command.task.api.ReportOverdue;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskClosed;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskEvent;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.TaskReopened;
import gov.supervision.command.task.api.TaskWithdrawn;
import org.axonframework.eventhandling.DomainEventMessage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes a task's events say should run in Camunda, folded from its events in order, each with the event that
 * decided it, so that a mismatch can say why. The rules follow the models ({@code bpmn/*.bpmn}) and the code that
 * starts and ends them; none of the models has an async continuation, so a process starts and ends in the
 * transaction of the event that says so, and there is no moment at which the two legitimately differ:
 * <ul>
 *   <li>{@code dispatch} (one per task): runs from {@code TaskDispatched} until the first {@code FollowUpStopped}
 *       (the follow-up it calls ends and so does it), {@code TaskClosed} or {@code TaskWithdrawn}. Reopening a closed
 *       task or starting a stopped follow-up again starts a follow-up on its own, never a dispatch.</li>
 *   <li>{@code follow-up} (one per task, called by dispatch or started on its own): runs iff the last of
 *       {@code FollowUpStarted}, {@code FollowUpStopped}, {@code TaskClosed}, {@code TaskWithdrawn} is
 *       {@code FollowUpStarted}.</li>
 *   <li>{@code escalation} (one per escalation, its {@code escalationId} variable naming it): runs from
 *       {@code EscalationProposed} until {@code NoticeIssued} without a rectification due time,
 *       {@code RectificationVerified}, {@code RectificationRejected} or {@code RectificationMissed} (the last two
 *       start a new escalation), or the task is closed or withdrawn.</li>
 *   <li>{@code extension} (one per request, its {@code extensionId} variable naming it): runs from
 *       {@code ExtensionRequested} until {@code ExtensionGranted} or {@code ExtensionRefused}, or the task is closed or
 *       withdrawn. <b>Chosen rule:</b> a request whose due is met or missed before it is decided (the unit
 *       acknowledged, reported or rectified anyway, or the due lapsed) is settled as the task sees it: the task
 *       counts it as decided and refuses any decision on it. The step that settles the due ends the extension
 *       process then (its "DueSettled-…" message), so a process still running is reported as unexpected.</li>
 *   <li>A closed or withdrawn task runs no process at all (closing ends everything of the task; withdrawing too).</li>
 * </ul>
 */
final class ExpectedProcesses {

    enum Standing { OPEN, CLOSED, WITHDRAWN }

    /**
     * One process of the task that its events know of.
     *
     * @param running whether the events say it runs now
     * @param why     the event that decided it, in words that follow "but" in a mismatch's detail
     */
    record Expectation(String processKey, String reference, boolean running, String why) {
    }

    /** A process of a task: its key and, for escalations and extensions, which one. */
    record Key(String processKey, String reference) {
    }

    private final String taskId;
    private String planNumber;
    private Integer taskNumber;
    private Standing standing = Standing.OPEN;
    private String standingWhy;
    private final Map<Key, Expectation> expectations = new LinkedHashMap<>();
    private final Map<String, String> extensionDues = new LinkedHashMap<>();

    private ExpectedProcesses(String taskId) {
        this.taskId = taskId;
    }

    static ExpectedProcesses from(String taskId, Stream<? extends DomainEventMessage<?>> events) {
        ExpectedProcesses expected = new ExpectedProcesses(taskId);
        events.forEach(message -> expected.apply(message.getPayload(), said(message)));
        return expected;
    }

    String taskId() {
        return taskId;
    }

    /** Whether the task's events begin with its registration: else the id names no task. */
    boolean registered() {
        return planNumber != null;
    }

    String planNumber() {
        return planNumber;
    }

    Integer taskNumber() {
        return taskNumber;
    }

    Standing standing() {
        return standing;
    }

    /** Why the task is closed or withdrawn, e.g. "the task was closed (TaskClosed, event 30, …)". */
    String standingWhy() {
        return standingWhy;
    }

    Collection<Expectation> all() {
        return expectations.values();
    }

    Optional<Expectation> of(Key key) {
        return Optional.ofNullable(expectations.get(key));
    }

    private void apply(Object payload, String said) {
        if (payload instanceof TaskRegistered registered) {
            planNumber = registered.planNumber();
            taskNumber = registered.taskNumber();
        } else if (payload instanceof TaskDispatched) {
            runs(DispatchProcess.KEY, null, "the task was dispatched (" + said + ") and has not ended since");
        } else if (payload instanceof FollowUpStarted) {
            runs(FollowUpProcess.KEY, null, "the follow-up was started (" + said + ") and not stopped since");
        } else if (payload instanceof FollowUpStopped) {
            ends(FollowUpProcess.KEY, null, "the follow-up was stopped (" + said + ")");
            ends(DispatchProcess.KEY, null, "the dispatch ended when its follow-up was stopped (" + said + ")");
        } else if (payload instanceof TaskClosed) {
            standing = Standing.CLOSED;
            standingWhy = "the task was closed (" + said + ")";
            endAll("it ended when the task was closed (" + said + ")");
        } else if (payload instanceof TaskReopened) {
            standing = Standing.OPEN;
            standingWhy = null;
        } else if (payload instanceof TaskWithdrawn) {
            standing = Standing.WITHDRAWN;
            standingWhy = "the task was withdrawn from its plan (" + said + ")";
            endAll("it ended when the task was withdrawn (" + said + ")");
        } else if (payload instanceof EscalationProposed proposed) {
            runs(EscalationProcess.KEY, proposed.escalationId(), "escalation %s of %s was proposed (%s) and awaits "
                    .formatted(proposed.escalationId(), proposed.unit().name(), said) + "the supervisor's decision");
        } else if (payload instanceof NoticeIssued notice) {
            if (notice.rectificationDueAt() == null) {
                ends(EscalationProcess.KEY, notice.escalationId(), "escalation %s was decided without a rectification "
                        .formatted(notice.escalationId()) + "order, which ends it (" + said + ")");
            } else {
                runs(EscalationProcess.KEY, notice.escalationId(), "escalation %s ordered a rectification (%s) that "
                        .formatted(notice.escalationId(), said) + "is neither reported nor missed yet");
            }
        } else if (payload instanceof RectificationReported reported) {
            runs(EscalationProcess.KEY, reported.escalationId(), "the rectification of escalation %s was reported "
                    .formatted(reported.escalationId()) + "(" + said + ") and awaits verification");
            dueClosed(DueIds.rectification(reported.escalationId()), "reported", said);
        } else if (payload instanceof RectificationVerified verified) {
            ends(EscalationProcess.KEY, verified.escalationId(), "the rectification of escalation %s was verified (%s)"
                    .formatted(verified.escalationId(), said));
        } else if (payload instanceof RectificationRejected rejected) {
            ends(EscalationProcess.KEY, rejected.escalationId(), ("the rectification of escalation %s was found not "
                    + "done (%s), which ends it and escalates anew").formatted(rejected.escalationId(), said));
        } else if (payload instanceof RectificationMissed missed) {
            ends(EscalationProcess.KEY, missed.escalationId(), ("the rectification of escalation %s was missed (%s), "
                    + "which ends it and escalates anew").formatted(missed.escalationId(), said));
            dueClosed(missed.dueId(), "missed", said);
        } else if (payload instanceof ExtensionRequested requested) {
            extensionDues.put(requested.extensionId(), requested.dueId());
            runs(ExtensionProcess.KEY, requested.extensionId(), "extension request %s for more time on %s was made "
                    .formatted(requested.extensionId(), requested.dueId()) + "(" + said + ") and is not decided yet");
        } else if (payload instanceof ExtensionGranted granted) {
            ends(ExtensionProcess.KEY, granted.extensionId(), "extension request %s was granted (%s)"
                    .formatted(granted.extensionId(), said));
        } else if (payload instanceof ExtensionRefused refused) {
            ends(ExtensionProcess.KEY, refused.extensionId(), "extension request %s was refused (%s)"
                    .formatted(refused.extensionId(), said));
        } else if (payload instanceof TaskAcknowledged acknowledged) {
            dueClosed(DueIds.acknowledgement(acknowledged.unit().id()), "met", said);
        } else if (payload instanceof AcknowledgementOverdue overdue) {
            dueClosed(overdue.dueId(), "missed", said);
        } else if (payload instanceof ProgressReported reported) {
            dueClosed(DueIds.report(reported.round(), reported.unit().id()), "met", said);
        } else if (payload instanceof ReportOverdue overdue) {
            dueClosed(overdue.dueId(), "missed", said);
        }
    }

    /** A due met or missed settles the undecided requests for more time on it, as the task sees them. */
    private void dueClosed(String dueId, String how, String said) {
        extensionDues.forEach((extensionId, extensionDue) -> {
            Expectation extension = expectations.get(new Key(ExtensionProcess.KEY, extensionId));
            if (extensionDue.equals(dueId) && extension != null && extension.running()) {
                ends(ExtensionProcess.KEY, extensionId, ("extension request %s is moot: %s was %s (%s) before it was "
                        + "decided, and the task refuses any decision on it").formatted(extensionId, dueId, how, said));
            }
        });
    }

    private void runs(String processKey, String reference, String why) {
        expectations.put(new Key(processKey, reference), new Expectation(processKey, reference, true, why));
    }

    private void ends(String processKey, String reference, String why) {
        Key key = new Key(processKey, reference);
        Expectation current = expectations.get(key);
        if (current != null && current.running()) {
            expectations.put(key, new Expectation(processKey, reference, false, why));
        }
    }

    private void endAll(String why) {
        expectations.replaceAll((key, expectation) -> expectation.running()
                ? new Expectation(key.processKey(), key.reference(), false, why) : expectation);
    }

    /** "FollowUpStopped, event 12, 2027-01-12T06:00:00Z": which event, and when it happened. */
    private static String said(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        String at = payload instanceof TaskEvent event ? event.occurredAt().toString()
                : message.getTimestamp().toString();
        return "%s, event %d, %s".formatted(message.getPayloadType().getSimpleName(), message.getSequenceNumber(), at);
    }
}
