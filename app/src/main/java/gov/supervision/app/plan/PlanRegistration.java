package gov.supervision.app.plan;

import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.RegisterTask;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.Unit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Registers a parsed plan's tasks through commands, all in one transaction: a plan registers whole or not at
 * all. Registering a plan again changes nothing (each task's registration is idempotent).
 */
@Service
public class PlanRegistration {

    private final CommandGateway commands;
    private final UnitDirectory units;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlanRegistration(CommandGateway commands, UnitDirectory units, TransactionTemplate transaction, Clock clock) {
        this.commands = commands;
        this.units = units;
        this.transaction = transaction;
        this.clock = clock;
    }

    public void register(ParsedPlan plan, Actor actor) {
        transaction.executeWithoutResult(status -> plan.tasks().forEach(task -> commands.sendAndWait(
                new RegisterTask(TaskId.of(plan.number(), task.number()), plan.number(), task.number(),
                        task.section(), task.text(), task.leadLeaders(), resolve(task.leadUnits()),
                        resolve(task.cooperatingUnits()), actor, clock.instant()))));
    }

    private List<Unit> resolve(List<String> names) {
        return names.stream().map(units::resolve).toList();
    }
}
