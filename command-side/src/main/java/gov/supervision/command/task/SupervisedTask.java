package gov.supervision.command.task;

import gov.supervision.command.task.api.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One numbered task of a plan under supervision, through the whole loop: dispatch, weekly follow-up, notify or hold
 * accountable, extension, raised supervision and close-out. Command handlers guard the rules, then apply an event;
 * event-sourcing handlers only assign state. Strikes are counted from the events, never stored.
 */
@Aggregate
public class SupervisedTask {

    @AggregateIdentifier
    private TaskId taskId;
    private TaskRegistered registration;
    private boolean dispatched;
    private boolean closed;
    private boolean withdrawn;
    private boolean followingUp;
    private boolean raised;
    private int rounds;
    private final Set<String> acknowledgedUnitIds = new HashSet<>();
    private final Dues dues = new Dues();
    private final StrikeRecord strikes = new StrikeRecord();
    private final Map<String, Report> reports = new HashMap<>();
    private final Map<String, Integer> reportAttempts = new HashMap<>();
    private final Set<String> contributionIds = new HashSet<>();
    private final Map<String, Escalation> escalations = new LinkedHashMap<>();
    private final Map<String, Extension> extensions = new LinkedHashMap<>();
    private CompletionRequested pendingCompletion;

    protected SupervisedTask() {
        // for Axon
    }

    // ---- registration and dispatch

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterTask command) {
        TaskRegistrationRules.check(command);
        TaskRegistered registered = TaskRegistrationRules.registered(command);
        if (registration == null) {
            apply(registered);
        } else if (withdrawn) {
            throw new RuleViolation(Rule.TASK_WITHDRAWN, "%s was withdrawn from its plan; it cannot be registered again"
                    .formatted(describe()));
        } else if (!TaskRegistrationRules.sameContent(registration, registered)) {
            throw new RuleViolation(Rule.ALREADY_REGISTERED_DIFFERENTLY,
                    "task %s of plan %s is already registered with other content"
                            .formatted(command.taskNumber(), command.planNumber()));
        }
        // the same task registered again changes nothing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ImportTask command) {
        RegisterTask registration = command.asRegistration();
        TaskRegistrationRules.check(registration);
        if (this.registration == null) {
            handle(registration);
            return;
        }
        requireNotWithdrawn();
        TaskRegistered revised = TaskRegistrationRules.registered(registration);
        if (TaskRegistrationRules.sameContent(this.registration, revised)) {
            return;
        }
        if (dispatched && !this.registration.leadUnits().equals(revised.leadUnits())) {
            throw new RuleViolation(Rule.LEAD_UNITS_FIXED, ("the lead units of %s cannot change once it is "
                    + "dispatched: withdraw it and register a new task").formatted(describe()));
        }
        apply(new TaskRevised(taskId, revised.section(), revised.text(), revised.leadLeaders(),
                revised.leadUnits(), revised.cooperatingUnits(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(WithdrawTask command) {
        requireRole(command.actor(), Role.SYSTEM, Role.SUPERVISOR, "withdraw");
        if (withdrawn) {
            return;
        }
        String reason = required(reason(command.reason()), Rule.REASON_REQUIRED, "reason: withdrawing a task needs a reason");
        apply(new TaskWithdrawn(taskId, reason, command.actor(), command.at()));
    }

    @CommandHandler
    List<String> handle(DispatchTask command) {
        requireOpen();
        requireRole(command.actor(), Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, "dispatch");
        if (dispatched) {
            throw new RuleViolation(Rule.ALREADY_DISPATCHED, "%s is already dispatched".formatted(describe()));
        }
        if (command.acknowledgementDueAt() != null) {
            requireFuture(command.acknowledgementDueAt(), command.at(), "acknowledgementDueAt");
        }
        apply(new TaskDispatched(taskId, registration.leadUnits(), command.acknowledgementDueAt(), command.actor(),
                command.at()));
        return registration.leadUnits().stream().map(Unit::id).toList();
    }

    @CommandHandler
    void handle(AcknowledgeTask command) {
        requireOpen();
        Unit unit = requireLeadUnit(command.actor(), "acknowledge");
        if (!dispatched) {
            throw new RuleViolation(Rule.NOT_DISPATCHED,
                    "%s has not been dispatched, so it cannot be acknowledged".formatted(describe()));
        }
        if (acknowledgedUnitIds.contains(unit.id())) {
            throw new RuleViolation(Rule.ALREADY_ACKNOWLEDGED,
                    "%s has already acknowledged %s".formatted(unit.name(), describe()));
        }
        String responsiblePerson = required(TextRules.check("responsiblePerson", command.responsiblePerson(),
                        TextRules.NAME), Rule.INVALID_ACKNOWLEDGEMENT,
                "responsiblePerson: the acknowledgement must name the unit's responsible person");
        apply(new TaskAcknowledged(taskId, unit, responsiblePerson, command.actor(), command.at()));
    }

    // ---- dues: reminders and lapses

    /**
     * A step waiting on a due re-arms its timers: at the due time the record holds (moved only by a granted
     * extension), never at one the process was handed.
     */
    @CommandHandler
    Instant handle(RescheduleDue command) {
        requireOpen();
        requireRole(command.actor(), Role.SYSTEM, Rule.ONLY_SYSTEM, "reschedule a due of");
        return dues.require(command.dueId(), describe()).dueAt();
    }

    @CommandHandler
    void handle(SendReminder command) {
        requireOpen();
        requireRole(command.actor(), Role.SYSTEM, Rule.ONLY_SYSTEM, "send reminders on");
        dues.find(command.dueId()).ifPresent(due -> apply(
                new ReminderSent(taskId, due.unit(), due.kind(), due.id(), due.dueAt(), command.actor(), command.at())));
    }

    @CommandHandler
    Strikes handle(RecordOverdue command) {
        requireOpen();
        requireRole(command.actor(), Role.SYSTEM, Rule.ONLY_SYSTEM, "record a lapse on");
        Dues.Due due = dues.require(command.dueId(), describe());
        if (command.at().isBefore(due.dueAt())) {
            throw new RuleViolation(Rule.NOT_YET_DUE,
                    "%s on %s is not due until %s".formatted(due.id(), describe(), due.dueAt()));
        }
        apply(switch (due.kind()) {
            case ACKNOWLEDGEMENT -> new AcknowledgementOverdue(taskId, due.unit(), due.id(), due.dueAt(),
                    command.actor(), command.at());
            case REPORT -> new ReportOverdue(taskId, due.unit(), roundOf(due.id()), due.id(), due.dueAt(),
                    command.actor(), command.at());
            case RECTIFICATION -> new RectificationMissed(taskId, escalationOf(due.id()), due.unit(), due.id(),
                    due.dueAt(), command.actor(), command.at());
        });
        return strikes.of(due.unit().id());
    }

    // ---- weekly follow-up

    @CommandHandler
    void handle(StartFollowUp command) {
        requireOpen();
        requireRole(command.actor(), Role.SYSTEM, Role.SUPERVISOR, "start the follow-up of");
        requireDispatched();
        if (followingUp) {
            throw new RuleViolation(Rule.FOLLOW_UP_ALREADY_STARTED,
                    "%s is already followed up".formatted(describe()));
        }
        // follow-up asks the lead units for reports: each must have acknowledged first (and is chased until it has)
        registration.leadUnits().stream().filter(unit -> !acknowledgedUnitIds.contains(unit.id())).findFirst()
                .ifPresent(unit -> {
                    throw new RuleViolation(Rule.NOT_ACKNOWLEDGED, "%s has not acknowledged %s yet: its follow-up "
                            .formatted(unit.name(), describe()) + "starts once every lead unit has acknowledged");
                });
        apply(new FollowUpStarted(taskId, command.schedule(), command.timeZone(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(StopFollowUp command) {
        requireOpen();
        requireRole(command.actor(), Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, "stop the follow-up of");
        requireFollowingUp();
        String reason = required(reason(command.reason()), Rule.REASON_REQUIRED,
                "reason: stopping the follow-up needs a reason");
        apply(new FollowUpStopped(taskId, reason, command.actor(), command.at()));
    }

    @CommandHandler
    int handle(OpenFollowUpRound command) {
        requireOpen();
        requireRole(command.actor(), Role.SYSTEM, Rule.ONLY_SYSTEM, "open a round of");
        requireFollowingUp();
        requireFuture(command.dueAt(), command.at(), "dueAt");
        apply(new FollowUpRoundOpened(taskId, rounds + 1, command.dueAt(), registration.leadUnits(),
                command.actor(), command.at()));
        return rounds;
    }

    @CommandHandler
    String handle(SubmitProgressReport command) {
        requireOpen();
        Unit unit = requireLeadUnit(command.actor(), "report progress on");
        if (!acknowledgedUnitIds.contains(unit.id())) {
            throw new RuleViolation(Rule.NOT_ACKNOWLEDGED,
                    "%s must acknowledge %s before it reports progress".formatted(unit.name(), describe()));
        }
        String dueId = DueIds.report(command.round(), unit.id());
        if (!dues.isOpen(dueId)) {
            throw new RuleViolation(Rule.NO_SUCH_DUE, "%s owes no report for round %d of %s"
                    .formatted(unit.name(), command.round(), describe()));
        }
        String text = required(report("text", command.text()), Rule.INVALID_REPORT,
                "text: a progress report must say what was done");
        if (command.percentComplete() < 0 || command.percentComplete() > 100) {
            throw new RuleViolation(Rule.INVALID_REPORT,
                    "percentComplete: must be between 0 and 100, was " + command.percentComplete());
        }
        List<String> cited = listOf(TextRules.checkAll("citedContributions", command.citedContributions(), TextRules.ITEMS,
                TextRules.NAME));
        cited.stream().filter(id -> !contributionIds.contains(id)).findFirst().ifPresent(id -> {
            throw new RuleViolation(Rule.NO_SUCH_CONTRIBUTION,
                    "citedContributions: %s is not a contribution to %s".formatted(id, describe()));
        });
        String reportId = command.round() + "/" + unit.id() + "/"
                + (reportAttempts.getOrDefault(dueId, 0) + 1);
        apply(new ProgressReported(taskId, reportId, unit, command.round(), text, command.percentComplete(),
                orEmpty(report("problems", command.problems())), orEmpty(report("nextSteps", command.nextSteps())),
                evidence(command.evidence()), cited,
                command.actor(), command.at()));
        return reportId;
    }

    @CommandHandler
    String handle(AddContribution command) {
        requireOpen();
        requireDispatched();
        Unit unit = registration.cooperatingUnits().stream()
                .filter(u -> command.actor() != null && command.actor().actsFor(u.id())).findFirst()
                .orElseThrow(() -> new RuleViolation(Rule.NOT_A_COOPERATING_UNIT,
                        "%s is not a cooperating unit of %s".formatted(unitOf(command.actor()), describe())));
        String text = required(report("text", command.text()), Rule.INVALID_REPORT,
                "text: a contribution must say what was done");
        String id = "C" + (contributionIds.size() + 1);
        apply(new ContributionAdded(taskId, id, unit, rounds == 0 ? null : rounds, text,
                evidence(command.evidence()), command.actor(), command.at()));
        return id;
    }

    @CommandHandler
    Strikes handle(AcceptReport command) {
        Report report = requireUnreviewed(command.reportId(), command.actor(), "accept");
        if (command.assessment() == null) {
            throw new RuleViolation(Rule.INVALID_REPORT,
                    "assessment: accepting a report needs an assessment (ON_TRACK, SLOW or INEFFECTIVE)");
        }
        apply(new ReportAccepted(taskId, report.id(), report.unit(), report.round(), command.assessment(),
                command.actor(), command.at()));
        return strikes.of(report.unit().id());
    }

    @CommandHandler
    void handle(ReturnReport command) {
        Report report = requireUnreviewed(command.reportId(), command.actor(), "return");
        String reason = required(reason(command.reason()), Rule.REASON_REQUIRED, "reason: returning a report needs a reason");
        requireFuture(command.resubmitDueAt(), command.at(), "resubmitDueAt");
        apply(new ReportReturned(taskId, report.id(), report.unit(), report.round(), reason, command.resubmitDueAt(),
                command.actor(), command.at()));
    }

    // ---- notify or hold accountable

    @CommandHandler
    String handle(ProposeEscalation command) {
        requireOpen();
        requireRole(command.actor(), Role.SYSTEM, Rule.ONLY_SYSTEM, "propose an escalation on");
        Unit unit = leadUnit(command.unitId()).orElseThrow(() -> new RuleViolation(Rule.NOT_A_LEAD_UNIT,
                "unit %s is not a lead unit of %s".formatted(command.unitId(), describe())));
        Strikes record = strikes.of(unit.id());
        if (command.strikes() != record.unit()) {
            throw new RuleViolation(Rule.STALE_RECORD, ("the proposal for %s was made on %d strikes, but its record "
                    + "on %s has %d").formatted(unit.name(), command.strikes(), describe(), record.unit()));
        }
        Objects.requireNonNull(command.proposedStep(), "proposedStep");
        Objects.requireNonNull(command.policy(), "policy");
        String id = "E" + (escalations.size() + 1);
        apply(new EscalationProposed(taskId, id, unit, command.reason(), command.round(), record.unit(),
                record.task(), command.daysLate(), command.assessment(), command.proposedStep(), command.policy(),
                command.actor(), command.at()));
        return id;
    }

    @CommandHandler
    void handle(RaiseSupervision command) {
        requireOpen();
        requireRole(command.actor(), Role.SYSTEM, Rule.ONLY_SYSTEM, "raise the supervision of");
        requireEscalation(command.escalationId());
        if (!raised) {
            apply(new SupervisionRaised(taskId, command.escalationId(), registration.leadLeaders(), strikes.total(),
                    "%s：%d次 — %s".formatted(describe(), strikes.total(), strikes.summary()), command.policy(),
                    command.actor(), command.at()));
        }
    }

    @CommandHandler
    void handle(IssueNotice command) {
        requireOpen();
        requireRole(command.actor(), Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, "issue a notice on");
        Escalation escalation = requireEscalation(command.escalationId());
        if (escalation.decided()) {
            throw new RuleViolation(Rule.ALREADY_DECIDED, "escalation %s of %s is already decided: %s"
                    .formatted(escalation.id(), describe(), escalation.decidedStep()));
        }
        Objects.requireNonNull(command.step(), "step");
        String reason = orEmpty(reason(command.reason()));
        if (command.step() != escalation.proposedStep() && reason.isEmpty()) {
            throw new RuleViolation(Rule.REASON_REQUIRED, "reason: taking %s instead of the proposed %s needs a reason"
                    .formatted(command.step(), escalation.proposedStep()));
        }
        if (command.rectificationDueAt() != null) {
            requireFuture(command.rectificationDueAt(), command.at(), "rectificationDueAt");
        }
        apply(new NoticeIssued(taskId, escalation.id(), escalation.unit(), command.step(), escalation.proposedStep(),
                reason, command.rectificationDueAt(), escalation.policy(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReportRectification command) {
        requireOpen();
        Escalation escalation = requireEscalation(command.escalationId());
        if (command.actor() == null || !command.actor().actsFor(escalation.unit().id())) {
            throw new RuleViolation(Rule.NOT_THE_ESCALATED_UNIT, "only %s rectifies escalation %s of %s"
                    .formatted(escalation.unit().name(), escalation.id(), describe()));
        }
        dues.require(DueIds.rectification(escalation.id()), describe());
        String text = required(report("text", command.text()), Rule.INVALID_REPORT,
                "text: a rectification report must say what was done");
        apply(new RectificationReported(taskId, escalation.id(), escalation.unit(), text, evidence(command.evidence()),
                command.actor(), command.at()));
    }

    @CommandHandler
    void handle(VerifyRectification command) {
        Escalation escalation = requireReportedRectification(command.escalationId(), command.actor(), "verify");
        apply(new RectificationVerified(taskId, escalation.id(), escalation.unit(), command.actor(), command.at()));
    }

    @CommandHandler
    Strikes handle(RejectRectification command) {
        Escalation escalation = requireReportedRectification(command.escalationId(), command.actor(), "reject");
        String reason = required(reason(command.reason()), Rule.REASON_REQUIRED,
                "reason: finding a rectification not done needs a reason");
        apply(new RectificationRejected(taskId, escalation.id(), escalation.unit(), reason, command.actor(),
                command.at()));
        return strikes.of(escalation.unit().id());
    }

    // ---- close-out

    @CommandHandler
    void handle(RequestCompletion command) {
        requireOpen();
        Unit unit = requireLeadUnit(command.actor(), "request completion of");
        requireDispatched();
        if (pendingCompletion != null) {
            throw new RuleViolation(Rule.COMPLETION_ALREADY_REQUESTED, "%s already asked to close %s"
                    .formatted(pendingCompletion.unit().name(), describe()));
        }
        List<String> evidence = evidence(command.evidence());
        if (evidence.isEmpty()) {
            throw new RuleViolation(Rule.EVIDENCE_REQUIRED, "evidence: a completion request needs evidence");
        }
        apply(new CompletionRequested(taskId, unit, evidence, orEmpty(note(command.note())), command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(CloseTask command) {
        requirePendingCompletion(command.actor(), "close", "verify");
        apply(new TaskClosed(taskId, orEmpty(note(command.note())), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReturnCompletionRequest command) {
        CompletionRequested request = requirePendingCompletion(command.actor(), "return the completion request of",
                "return");
        String reason = required(reason(command.reason()), Rule.REASON_REQUIRED,
                "reason: returning a completion request needs a reason");
        apply(new CompletionReturned(taskId, request.unit(), reason, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReopenTask command) {
        requireNotWithdrawn();
        requireRole(command.actor(), Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, "reopen");
        if (!closed) {
            throw new RuleViolation(Rule.TASK_NOT_CLOSED, "%s is not closed".formatted(describe()));
        }
        String reason = required(reason(command.reason()), Rule.REASON_REQUIRED, "reason: reopening a task needs a reason");
        apply(new TaskReopened(taskId, reason, command.actor(), command.at()));
    }

    // ---- extension

    @CommandHandler
    String handle(RequestExtension command) {
        requireOpen();
        Dues.Due due = dues.require(TextRules.check("dueId", command.dueId(), TextRules.NAME), describe());
        if (command.actor() == null || !command.actor().actsFor(due.unit().id())) {
            throw new RuleViolation(Rule.NOT_A_LEAD_UNIT, "only %s may ask for more time on %s"
                    .formatted(due.unit().name(), due.id()));
        }
        if (!command.at().isBefore(due.dueAt())) {
            throw new RuleViolation(Rule.EXTENSION_TOO_LATE, "%s was due at %s: more time must be asked for before"
                    .formatted(due.id(), due.dueAt()));
        }
        if (command.requestedDueAt() == null || !command.requestedDueAt().isAfter(due.dueAt())) {
            throw new RuleViolation(Rule.INVALID_DUE_TIME, "requestedDueAt: must be after the current due time %s"
                    .formatted(due.dueAt()));
        }
        String reason = required(reason(command.reason()), Rule.REASON_REQUIRED, "reason: asking for more time needs a reason");
        extensions.values().stream().filter(e -> !e.decided() && e.dueId().equals(due.id())).findFirst().ifPresent(e -> {
            throw new RuleViolation(Rule.EXTENSION_PENDING,
                    "extension %s on %s is still to be decided".formatted(e.id(), due.id()));
        });
        String id = "X" + (extensions.size() + 1);
        apply(new ExtensionRequested(taskId, id, due.unit(), due.id(), due.dueAt(), command.requestedDueAt(), reason,
                command.actor(), command.at()));
        return id;
    }

    @CommandHandler
    void handle(GrantExtension command) {
        Extension extension = requirePendingExtension(command.extensionId(), command.actor(), "grant");
        Dues.Due due = dues.require(extension.dueId(), describe());
        if (command.newDueAt() == null || !command.newDueAt().isAfter(due.dueAt())) {
            throw new RuleViolation(Rule.INVALID_DUE_TIME, "newDueAt: must be after the current due time %s"
                    .formatted(due.dueAt()));
        }
        apply(new ExtensionGranted(taskId, extension.id(), extension.unit(), due.id(), due.dueAt(), command.newDueAt(),
                command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RefuseExtension command) {
        Extension extension = requirePendingExtension(command.extensionId(), command.actor(), "refuse");
        String reason = required(reason(command.reason()), Rule.REASON_REQUIRED, "reason: refusing more time needs a reason");
        apply(new ExtensionRefused(taskId, extension.id(), extension.unit(), extension.dueId(), reason, command.actor(),
                command.at()));
    }

    // ---- state, from events only

    @EventSourcingHandler
    void on(TaskRegistered event) {
        taskId = event.taskId();
        registration = event;
    }

    @EventSourcingHandler
    void on(TaskRevised event) {
        registration = new TaskRegistered(taskId, registration.planNumber(), registration.taskNumber(),
                event.section(), event.text(), event.leadLeaders(), event.leadUnits(), event.cooperatingUnits(),
                registration.actor(), registration.occurredAt());
    }

    @EventSourcingHandler
    void on(TaskWithdrawn event) {
        withdrawn = true;
        followingUp = false;
        pendingCompletion = null;
        dues.closeAll();
        extensions.replaceAll((id, extension) -> extension.asDecided());
    }

    @EventSourcingHandler
    void on(TaskDispatched event) {
        dispatched = true;
        if (event.acknowledgementDueAt() != null) {
            event.leadUnits().forEach(unit -> dues.open(DueIds.acknowledgement(unit.id()), DueKind.ACKNOWLEDGEMENT,
                    unit, event.acknowledgementDueAt()));
        }
    }

    @EventSourcingHandler
    void on(TaskAcknowledged event) {
        acknowledgedUnitIds.add(event.unit().id());
        closeDue(DueIds.acknowledgement(event.unit().id()));
    }

    @EventSourcingHandler
    void on(AcknowledgementOverdue event) {
        closeDue(event.dueId());
        strikes.count(event, "未按时签收");
    }

    @EventSourcingHandler
    void on(FollowUpStarted event) {
        followingUp = true;
    }

    @EventSourcingHandler
    void on(FollowUpStopped event) {
        followingUp = false;
    }

    @EventSourcingHandler
    void on(FollowUpRoundOpened event) {
        rounds = event.round();
        event.leadUnits().forEach(unit -> dues.open(DueIds.report(event.round(), unit.id()), DueKind.REPORT, unit,
                event.dueAt()));
    }

    @EventSourcingHandler
    void on(ProgressReported event) {
        String dueId = DueIds.report(event.round(), event.unit().id());
        closeDue(dueId);
        reportAttempts.merge(dueId, 1, Integer::sum);
        reports.put(event.reportId(), new Report(event.reportId(), event.unit(), event.round(), false));
    }

    @EventSourcingHandler
    void on(ContributionAdded event) {
        contributionIds.add(event.contributionId());
    }

    @EventSourcingHandler
    void on(ReportOverdue event) {
        closeDue(event.dueId());
        strikes.count(event, "第%d轮未按时报送进展".formatted(event.round()));
    }

    @EventSourcingHandler
    void on(ReportAccepted event) {
        reports.computeIfPresent(event.reportId(), (id, report) -> report.asReviewed());
        strikes.count(event, "第%d轮进展被评为%s".formatted(event.round(),
                event.assessment() == Assessment.SLOW ? "进度缓慢" : "成效不明显"));
    }

    @EventSourcingHandler
    void on(ReportReturned event) {
        reports.computeIfPresent(event.reportId(), (id, report) -> report.asReviewed());
        dues.open(DueIds.report(event.round(), event.unit().id()), DueKind.REPORT, event.unit(),
                event.resubmitDueAt());
    }

    @EventSourcingHandler
    void on(EscalationProposed event) {
        escalations.put(event.escalationId(),
                new Escalation(event.escalationId(), event.unit(), event.proposedStep(), event.policy()));
    }

    @EventSourcingHandler
    void on(SupervisionRaised event) {
        raised = true;
    }

    @EventSourcingHandler
    void on(NoticeIssued event) {
        Escalation decided = escalations.get(event.escalationId()).decided(event.step());
        escalations.put(event.escalationId(), event.rectificationDueAt() == null ? decided
                : decided.rectification(Escalation.Rectification.ORDERED));
        if (event.rectificationDueAt() != null) {
            dues.open(DueIds.rectification(event.escalationId()), DueKind.RECTIFICATION, event.unit(),
                    event.rectificationDueAt());
        }
    }

    @EventSourcingHandler
    void on(RectificationReported event) {
        rectification(event.escalationId(), Escalation.Rectification.REPORTED);
        closeDue(DueIds.rectification(event.escalationId()));
    }

    @EventSourcingHandler
    void on(RectificationMissed event) {
        rectification(event.escalationId(), Escalation.Rectification.MISSED);
        closeDue(event.dueId());
        strikes.count(event, "未按期完成整改(%s)".formatted(event.escalationId()));
    }

    @EventSourcingHandler
    void on(RectificationVerified event) {
        rectification(event.escalationId(), Escalation.Rectification.VERIFIED);
    }

    @EventSourcingHandler
    void on(RectificationRejected event) {
        rectification(event.escalationId(), Escalation.Rectification.REJECTED);
        strikes.count(event, "整改不到位(%s)".formatted(event.escalationId()));
    }

    @EventSourcingHandler
    void on(CompletionRequested event) {
        pendingCompletion = event;
    }

    @EventSourcingHandler
    void on(CompletionReturned event) {
        pendingCompletion = null;
    }

    @EventSourcingHandler
    void on(TaskClosed event) {
        closed = true;
        followingUp = false;
        raised = false;
        pendingCompletion = null;
        dues.closeAll();
        extensions.replaceAll((id, extension) -> extension.asDecided());
    }

    @EventSourcingHandler
    void on(TaskReopened event) {
        closed = false;
    }

    @EventSourcingHandler
    void on(ExtensionRequested event) {
        extensions.put(event.extensionId(), new Extension(event.extensionId(), event.unit(), event.dueId(), false));
    }

    @EventSourcingHandler
    void on(ExtensionGranted event) {
        extensions.computeIfPresent(event.extensionId(), (id, extension) -> extension.asDecided());
        dues.move(event.dueId(), event.newDueAt());
    }

    @EventSourcingHandler
    void on(ExtensionRefused event) {
        extensions.computeIfPresent(event.extensionId(), (id, extension) -> extension.asDecided());
    }

    /** A due met or missed: requests for more time on it are moot. */
    private void closeDue(String dueId) {
        dues.close(dueId);
        extensions.replaceAll((id, extension) -> extension.dueId().equals(dueId) ? extension.asDecided() : extension);
    }

    private void rectification(String escalationId, Escalation.Rectification state) {
        escalations.computeIfPresent(escalationId, (id, escalation) -> escalation.rectification(state));
    }

    // ---- guards

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolation(Rule.TASK_WITHDRAWN, "%s was withdrawn from its plan: nothing more is accepted on it"
                    .formatted(describe()));
        }
    }

    private void requireOpen() {
        requireNotWithdrawn();
        if (closed) {
            throw new RuleViolation(Rule.TASK_CLOSED, "%s is closed: nothing more is accepted on it"
                    .formatted(describe()));
        }
    }

    private void requireDispatched() {
        if (!dispatched) {
            throw new RuleViolation(Rule.NOT_DISPATCHED, "%s is not dispatched yet".formatted(describe()));
        }
    }

    private void requireFollowingUp() {
        if (!followingUp) {
            throw new RuleViolation(Rule.FOLLOW_UP_NOT_STARTED, "%s is not followed up".formatted(describe()));
        }
    }

    private Unit requireLeadUnit(Actor actor, String action) {
        requireRole(actor, Role.UNIT, Rule.NOT_A_LEAD_UNIT, action);
        return leadUnit(actor.unitId()).orElseThrow(() -> new RuleViolation(Rule.NOT_A_LEAD_UNIT,
                "unit %s is not a lead unit of %s, so it cannot %s it".formatted(actor.unitId(), describe(), action)));
    }

    private java.util.Optional<Unit> leadUnit(String unitId) {
        return registration.leadUnits().stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    private void requireRole(Actor actor, Role role, Rule rule, String action) {
        requireRole(actor, role, role, rule, action);
    }

    private void requireRole(Actor actor, Role role, Role orRole, String action) {
        requireRole(actor, role, orRole, role == Role.SUPERVISOR || orRole == Role.SUPERVISOR
                ? Rule.ONLY_SUPERVISOR : Rule.ONLY_SYSTEM, action);
    }

    private void requireRole(Actor actor, Role role, Role orRole, Rule rule, String action) {
        if (actor == null || (actor.role() != role && actor.role() != orRole)) {
            String who = role == orRole ? "a " + name(role) : "a " + name(role) + " or " + name(orRole);
            throw new RuleViolation(rule, "only %s may %s %s; %s acts as %s".formatted(who, action, describe(),
                    actor == null ? "nobody" : actor.userId(), actor == null ? "nothing" : name(actor.role())));
        }
    }

    private Report requireUnreviewed(String reportId, Actor actor, String action) {
        requireOpen();
        requireRole(actor, Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, action + " a report on");
        Report report = reports.get(reportId);
        if (report == null) {
            throw new RuleViolation(Rule.NO_SUCH_REPORT, "%s has no report %s".formatted(describe(), reportId));
        }
        if (report.reviewed()) {
            throw new RuleViolation(Rule.ALREADY_REVIEWED, "report %s of %s is already reviewed"
                    .formatted(reportId, describe()));
        }
        return report;
    }

    private Escalation requireEscalation(String escalationId) {
        Escalation escalation = escalations.get(escalationId);
        if (escalation == null) {
            throw new RuleViolation(Rule.NO_SUCH_ESCALATION, "%s has no escalation %s"
                    .formatted(describe(), escalationId));
        }
        return escalation;
    }

    private Escalation requireReportedRectification(String escalationId, Actor actor, String action) {
        requireOpen();
        requireRole(actor, Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, action + " a rectification on");
        Escalation escalation = requireEscalation(escalationId);
        switch (escalation.rectification()) {
            case REPORTED -> {
                return escalation;
            }
            case VERIFIED, REJECTED -> throw new RuleViolation(Rule.ALREADY_VERIFIED,
                    "the rectification of escalation %s of %s is already verified: %s".formatted(escalationId,
                            describe(), escalation.rectification() == Escalation.Rectification.VERIFIED
                                    ? "rectified" : "not done"));
            default -> throw new RuleViolation(Rule.RECTIFICATION_NOT_REPORTED,
                    "no rectification of escalation %s of %s is reported".formatted(escalationId, describe()));
        }
    }

    private CompletionRequested requirePendingCompletion(Actor actor, String action, String verb) {
        requireOpen();
        requireRole(actor, Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, action);
        if (pendingCompletion == null) {
            throw new RuleViolation(Rule.NO_COMPLETION_REQUEST,
                    "no completion of %s is requested, so there is nothing to %s".formatted(describe(), verb));
        }
        return pendingCompletion;
    }

    private Extension requirePendingExtension(String extensionId, Actor actor, String action) {
        requireOpen();
        requireRole(actor, Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, action + " more time on");
        Extension extension = extensions.get(extensionId);
        if (extension == null) {
            throw new RuleViolation(Rule.NO_SUCH_EXTENSION, "%s has no extension request %s"
                    .formatted(describe(), extensionId));
        }
        if (extension.decided()) {
            throw new RuleViolation(Rule.ALREADY_DECIDED, "extension request %s of %s is already decided"
                    .formatted(extensionId, describe()));
        }
        return extension;
    }

    private static void requireFuture(Instant dueAt, Instant now, String field) {
        if (dueAt == null || !dueAt.isAfter(now)) {
            throw new RuleViolation(Rule.INVALID_DUE_TIME, "%s: must be after %s, was %s".formatted(field,
                    now.truncatedTo(ChronoUnit.SECONDS), dueAt));
        }
    }

    private String describe() {
        return "task %d of plan %s".formatted(registration.taskNumber(), registration.planNumber());
    }

    private static String unitOf(Actor actor) {
        return actor == null ? "nobody" : actor.unitId() == null
                ? "%s (a %s)".formatted(actor.userId(), name(actor.role())) : "unit " + actor.unitId();
    }

    private static String name(Role role) {
        return role.name().toLowerCase();
    }

    private static int roundOf(String reportDueId) {
        return Integer.parseInt(reportDueId.split("/")[1]);
    }

    private static String escalationOf(String rectificationDueId) {
        return rectificationDueId.substring(rectificationDueId.indexOf('/') + 1);
    }

    private static String required(String value, Rule rule, String message) {
        return TaskRegistrationRules.required(value, rule, message);
    }

    private static String reason(String value) {
        return TextRules.check("reason", value, TextRules.REASON);
    }

    private static String note(String value) {
        return TextRules.check("note", value, TextRules.REASON);
    }

    private static String report(String field, String value) {
        return TextRules.check(field, value, TextRules.REPORT);
    }

    private static List<String> evidence(List<String> values) {
        return listOf(TextRules.checkAll("evidence", values, TextRules.ITEMS, TextRules.EVIDENCE_ITEM));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
