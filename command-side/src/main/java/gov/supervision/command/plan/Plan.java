package gov.supervision.command.plan;

import gov.supervision.command.plan.api.ImportPlan;
import gov.supervision.command.plan.api.PlanChanges;
import gov.supervision.command.plan.api.PlanImported;
import gov.supervision.command.task.api.TextRules;
import gov.supervision.command.task.api.Role;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A plan (分工方案, 实施意见) as imported from its text: its tasks as the text last gave them. An import records
 * what changed; the tasks themselves are the SupervisedTask aggregates, which the import then registers, revises or
 * withdraws.
 */
@Aggregate
public class Plan {

    @AggregateIdentifier
    private String planNumber;
    private String title;
    private LocalDate issuedOn;
    private PlanTasks tasks = PlanTasks.NONE;

    protected Plan() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    PlanChanges handle(ImportPlan command) {
        if (command.actor() == null
                || command.actor().role() != Role.SYSTEM && command.actor().role() != Role.SUPERVISOR) {
            throw new RuleViolation(Rule.ONLY_SUPERVISOR, "only a supervisor or the plan import may import a plan");
        }
        if (command.tasks() == null || command.tasks().isEmpty()) {
            throw new RuleViolation(Rule.INVALID_TASK,
                    "tasks: plan %s has no tasks to import".formatted(command.planNumber()));
        }
        TextRules.check("planNumber", command.planNumber(), TextRules.NAME);
        TextRules.check("title", command.title(), TextRules.TITLE);
        PlanChanges changes = tasks.changesTo(command.tasks());
        boolean retitled = !Objects.equals(title, command.title()) || !Objects.equals(issuedOn, command.issuedOn());
        if (!changes.isEmpty() || retitled) {
            apply(new PlanImported(command.planNumber(), command.title(), command.issuedOn(), changes.added(),
                    changes.changed(), changes.removed(), command.tasks().size(), command.sourceDigest(),
                    command.actor(), command.at()));
        }
        return changes;
    }

    @EventSourcingHandler
    void on(PlanImported event) {
        planNumber = event.planNumber();
        title = event.title();
        issuedOn = event.issuedOn();
        tasks = tasks.with(event.added(), event.changed(), event.removed());
    }
}
