package gov.supervision.app.plan;

import gov.supervision.app.plan.parsing.ParsedPlan;
import gov.supervision.app.plan.parsing.ParsedTask;
import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.command.plan.api.ImportPlan;
import gov.supervision.command.plan.api.PlanChanges;
import gov.supervision.command.plan.api.PlannedTask;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.ImportTask;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.Unit;
import gov.supervision.command.task.api.WithdrawTask;
import gov.supervision.process.TaskProcesses;
import gov.supervision.query.plan.api.FindPlan;
import gov.supervision.query.plan.api.ImportedPlan;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Imports a plan parsed from a bulletin: the plan records what changed against its last import, and each task is
 * registered, revised or withdrawn through its own command, all in one transaction: an import applies whole or not
 * at all, and the same text again changes nothing. A preview shows the changes without applying them.
 */
@Service
public class PlanImport {

    /** Told how far a long import has come. */
    public interface Progress {
        Progress NONE = (done, total) -> {
        };

        void step(int done, int total);
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UnitDirectory units;
    private final TaskProcesses processes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlanImport(CommandGateway commands, QueryGateway queries, UnitDirectory units, TaskProcesses processes,
               TransactionTemplate transaction, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.units = units;
        this.processes = processes;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What importing the plan would change, against its last import; changes nothing. */
    public PlanChanges preview(ParsedPlan plan) {
        List<PlannedTask> imported = planned(plan);
        List<PlannedTask> current = queries.query(new FindPlan(plan.number()),
                        ResponseTypes.optionalInstanceOf(ImportedPlan.class)).join()
                .map(ImportedPlan::tasks).orElse(List.of());
        Map<Integer, PlannedTask> byNumber = current.stream()
                .collect(Collectors.toMap(PlannedTask::number, Function.identity()));
        List<PlannedTask> added = imported.stream().filter(t -> !byNumber.containsKey(t.number())).toList();
        List<PlannedTask> changed = imported.stream()
                .filter(t -> byNumber.containsKey(t.number()) && !byNumber.get(t.number()).equals(t)).toList();
        List<Integer> numbers = imported.stream().map(PlannedTask::number).toList();
        List<Integer> removed = byNumber.keySet().stream().filter(n -> !numbers.contains(n)).sorted().toList();
        return new PlanChanges(added, changed, removed);
    }

    /** Imports the plan, whole or not at all; answers what changed. */
    public PlanChanges apply(ParsedPlan plan, String sourceDigest, Actor actor, Progress progress) {
        return transaction.execute(status -> {
            Instant at = clock.instant();
            PlanChanges changes = commands.sendAndWait(new ImportPlan(plan.number(), plan.title(), plan.issuedOn(),
                    planned(plan), sourceDigest, actor, at));
            int total = changes.added().size() + changes.changed().size() + changes.removed().size();
            int done = 0;
            for (PlannedTask task : concat(changes.added(), changes.changed())) {
                commands.sendAndWait(new ImportTask(TaskId.of(plan.number(), task.number()), plan.number(),
                        task.number(), task.section(), task.text(), task.leadLeaders(), task.leadUnits(),
                        task.cooperatingUnits(), actor, at));
                progress.step(++done, total);
            }
            for (int number : changes.removed()) {
                TaskId taskId = TaskId.of(plan.number(), number);
                String reason = "task %d is no longer in the text of plan %s".formatted(number, plan.number());
                commands.sendAndWait(new WithdrawTask(taskId, reason, actor, at));
                processes.endAll(taskId, reason);
                progress.step(++done, total);
            }
            return changes;
        });
    }

    /** A digest of the text a plan was read from, recorded with its import. */
    public static String digest(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<PlannedTask> planned(ParsedPlan plan) {
        return plan.tasks().stream().map(this::planned).toList();
    }

    private PlannedTask planned(ParsedTask task) {
        return new PlannedTask(task.number(), task.label(), task.section(), task.text(), task.leadLeaders(),
                resolve(task.leadUnits()), resolve(task.cooperatingUnits()));
    }

    private List<Unit> resolve(List<String> names) {
        return names.stream().map(units::resolve).toList();
    }

    private static List<PlannedTask> concat(List<PlannedTask> a, List<PlannedTask> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
