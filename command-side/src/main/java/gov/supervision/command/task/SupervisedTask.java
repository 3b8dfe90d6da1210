package gov.supervision.command.task;

import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.DispatchTask;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.RegisterTask;
import gov.supervision.command.task.api.Role;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.SubmitProgressReport;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.Unit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One numbered task of a plan under supervision. Command handlers guard the rules and then apply an event;
 * event-sourcing handlers only assign state.
 */
@Aggregate
public class SupervisedTask {

    @AggregateIdentifier
    private TaskId taskId;
    private TaskRegistered registration;
    private boolean dispatched;
    private final Set<String> acknowledgedUnitIds = new HashSet<>();

    protected SupervisedTask() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterTask command) {
        TaskRegistrationRules.check(command);
        TaskRegistered registered = new TaskRegistered(command.taskId(), command.planNumber().strip(),
                command.taskNumber(), command.section(), command.text().strip(), List.copyOf(command.leadLeaders()),
                List.copyOf(command.leadUnits()), List.copyOf(command.cooperatingUnits()), command.actor(),
                command.at());
        if (registration == null) {
            apply(registered);
        } else if (!TaskRegistrationRules.sameContent(registration, registered)) {
            throw new RuleViolation(Rule.ALREADY_REGISTERED_DIFFERENTLY,
                    "task %s of plan %s is already registered with other content"
                            .formatted(command.taskNumber(), command.planNumber()));
        }
        // the same task registered again changes nothing
    }

    @CommandHandler
    List<String> handle(DispatchTask command) {
        requireRole(command.actor(), Role.SUPERVISOR, Rule.ONLY_SUPERVISOR, "dispatch");
        if (dispatched) {
            throw new RuleViolation(Rule.ALREADY_DISPATCHED, "%s is already dispatched".formatted(describe()));
        }
        apply(new TaskDispatched(taskId, registration.leadUnits(), command.actor(), command.at()));
        return registration.leadUnits().stream().map(Unit::id).toList();
    }

    @CommandHandler
    void handle(AcknowledgeTask command) {
        Unit unit = requireLeadUnit(command.actor(), "acknowledge");
        if (!dispatched) {
            throw new RuleViolation(Rule.NOT_DISPATCHED,
                    "%s has not been dispatched, so it cannot be acknowledged".formatted(describe()));
        }
        if (acknowledgedUnitIds.contains(unit.id())) {
            throw new RuleViolation(Rule.ALREADY_ACKNOWLEDGED,
                    "%s has already acknowledged %s".formatted(unit.name(), describe()));
        }
        String responsiblePerson = TaskRegistrationRules.required(command.responsiblePerson(), Rule.INVALID_ACKNOWLEDGEMENT,
                "responsiblePerson: the acknowledgement must name the unit's responsible person");
        apply(new TaskAcknowledged(taskId, unit, responsiblePerson, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(SubmitProgressReport command) {
        Unit unit = requireLeadUnit(command.actor(), "report progress on");
        if (!acknowledgedUnitIds.contains(unit.id())) {
            throw new RuleViolation(Rule.NOT_ACKNOWLEDGED,
                    "%s must acknowledge %s before it reports progress".formatted(unit.name(), describe()));
        }
        String text = TaskRegistrationRules.required(command.text(), Rule.INVALID_REPORT,
                "text: a progress report must say what was done");
        if (command.percentComplete() < 0 || command.percentComplete() > 100) {
            throw new RuleViolation(Rule.INVALID_REPORT,
                    "percentComplete: must be between 0 and 100, was " + command.percentComplete());
        }
        apply(new ProgressReported(taskId, unit, text, command.percentComplete(), orEmpty(command.problems()),
                orEmpty(command.nextSteps()), command.actor(), command.at()));
    }

    @EventSourcingHandler
    void on(TaskRegistered event) {
        taskId = event.taskId();
        registration = event;
    }

    @EventSourcingHandler
    void on(TaskDispatched event) {
        dispatched = true;
    }

    @EventSourcingHandler
    void on(TaskAcknowledged event) {
        acknowledgedUnitIds.add(event.unit().id());
    }

    private Unit requireLeadUnit(Actor actor, String action) {
        requireRole(actor, Role.UNIT, Rule.NOT_A_LEAD_UNIT, action);
        Optional<Unit> unit = registration.leadUnits().stream().filter(u -> actor.actsFor(u.id())).findFirst();
        return unit.orElseThrow(() -> new RuleViolation(Rule.NOT_A_LEAD_UNIT,
                "unit %s is not a lead unit of %s, so it cannot %s it".formatted(actor.unitId(), describe(), action)));
    }

    private void requireRole(Actor actor, Role role, Rule rule, String action) {
        if (actor == null || actor.role() != role) {
            throw new RuleViolation(rule, "only a %s may %s %s; %s acts as %s".formatted(role.name().toLowerCase(),
                    action, describe(), actor == null ? "nobody" : actor.userId(),
                    actor == null ? "nothing" : actor.role().name().toLowerCase()));
        }
    }

    private String describe() {
        return "task %d of plan %s".formatted(registration.taskNumber(), registration.planNumber());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
