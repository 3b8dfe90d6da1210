package gov.supervision.process.reconciliation;

import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.ExtensionProcess;
import gov.supervision.bpmn.FollowUpProcess;
import gov.supervision.bpmn.TaskVariables;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.process.reconciliation.ExpectedProcesses.Expectation;
import gov.supervision.process.reconciliation.ExpectedProcesses.Key;
import gov.supervision.process.reconciliation.ExpectedProcesses.Standing;
import gov.supervision.process.reconciliation.Mismatch.Kind;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the event log with Camunda: every open task has exactly the running processes its events say it should
 * (see {@link ExpectedProcesses} for the rules), their due timers fire when the task's record says the dues are due
 * ({@link DueTimers}), and no process runs for a closed, withdrawn or unknown task. Reads
 * each task's own events from the event store, and the running instances of the four task processes from Camunda's
 * runtime (a process belongs to the task its business key names, else its {@code taskId} variable), both in one
 * read-only repeatable-read transaction: one snapshot of the shared database, so a step completing meanwhile cannot
 * show up as a mismatch. Changes nothing.
 */
@Service
public class Reconciliation {

    /** The processes of a task, in the order mismatches are listed. */
    static final List<String> PROCESS_KEYS = List.of(DispatchProcess.KEY, FollowUpProcess.KEY, EscalationProcess.KEY,
            ExtensionProcess.KEY);

    private final EventStore eventStore;
    private final RuntimeService runtime;
    private final DueTimers dueTimers;
    private final JdbcClient jdbc;
    private final EventSchema schema;
    private final TransactionTemplate snapshot;

    Reconciliation(EventStore eventStore, RuntimeService runtime, ManagementService management,
                   CommandGateway commands, JdbcClient jdbc, EventSchema schema,
                   PlatformTransactionManager transactions) {
        this.eventStore = eventStore;
        this.runtime = runtime;
        this.dueTimers = new DueTimers(management, runtime, commands);
        this.jdbc = jdbc;
        this.schema = schema;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    public ReconciliationReport check() {
        return snapshot.execute(status -> compare(taskIds(), running()));
    }

    private ReconciliationReport compare(List<String> taskIds, List<RunningProcess> running) {
        Map<String, List<RunningProcess>> byTask = new LinkedHashMap<>();
        running.forEach(process -> byTask.computeIfAbsent(process.taskId(), id -> new ArrayList<>()).add(process));
        List<Mismatch> mismatches = new ArrayList<>();
        Map<String, ExpectedProcesses> open = new HashMap<>();
        Map<String, RunningProcess> ofOpenTasks = new HashMap<>();
        for (String taskId : taskIds) {
            ExpectedProcesses expected = ExpectedProcesses.from(taskId, eventStore.readEvents(taskId, 0).asStream());
            List<RunningProcess> processes = byTask.remove(taskId);
            compare(expected, processes == null ? List.of() : processes, mismatches);
            if (expected.standing() == Standing.OPEN && processes != null) {
                open.put(taskId, expected);
                processes.forEach(process -> ofOpenTasks.put(process.instanceId(), process));
            }
        }
        mismatches.addAll(dueTimers.check(ofOpenTasks, open));
        byTask.values().forEach(processes -> processes.forEach(process -> mismatches.add(new Mismatch(
                process.taskId(), null, null, Kind.PROCESS_FOR_UNKNOWN_TASK, process.processKey(),
                process.instanceId(), process.reference(), process.taskId() == null
                        ? "the %s runs with neither a business key nor a taskId variable".formatted(name(process))
                        : "the %s runs for %s, which names no registered task".formatted(name(process),
                        process.taskId())))));
        mismatches.sort(ORDER);
        return ReconciliationReport.of(taskIds.size(), running.size(), mismatches);
    }

    private static void compare(ExpectedProcesses expected, List<RunningProcess> running, List<Mismatch> mismatches) {
        if (expected.standing() != Standing.OPEN) {
            Kind kind = expected.standing() == Standing.CLOSED ? Kind.PROCESS_FOR_CLOSED_TASK
                    : Kind.PROCESS_FOR_WITHDRAWN_TASK;
            running.forEach(process -> mismatches.add(mismatch(expected, kind, process, "%s: it runs no process, yet "
                    .formatted(expected.standingWhy()) + "its " + name(process) + " runs")));
            return;
        }
        Map<Key, List<RunningProcess>> actual = new LinkedHashMap<>();
        running.forEach(process -> actual.computeIfAbsent(new Key(process.processKey(), process.reference()),
                key -> new ArrayList<>()).add(process));
        for (Expectation expectation : expected.all()) {
            if (!expectation.running()) {
                continue;
            }
            Key key = new Key(expectation.processKey(), expectation.reference());
            List<RunningProcess> found = Optional.ofNullable(actual.remove(key)).orElse(List.of());
            if (found.isEmpty()) {
                mismatches.add(new Mismatch(expected.taskId(), expected.planNumber(), expected.taskNumber(),
                        Kind.MISSING_PROCESS, key.processKey(), null, key.reference(),
                        "no %s runs, but %s".formatted(name(key.processKey(), key.reference()), expectation.why())));
            }
            found.stream().skip(1).forEach(extra -> mismatches.add(mismatch(expected, Kind.UNEXPECTED_PROCESS, extra,
                    "a second %s runs (the first is %s); the events call for one: %s".formatted(name(extra),
                            found.get(0).instanceId(), expectation.why()))));
        }
        actual.forEach((key, processes) -> processes.forEach(process -> mismatches.add(mismatch(expected,
                Kind.UNEXPECTED_PROCESS, process, "the %s runs, but %s".formatted(name(process),
                        expected.of(key).map(Expectation::why).orElseGet(() -> never(key)))))));
    }

    /** Why an open task's events do not call for a process they never mention. */
    private static String never(Key key) {
        return switch (key.processKey()) {
            case DispatchProcess.KEY -> "the task was never dispatched";
            case FollowUpProcess.KEY -> "the task's follow-up was never started";
            default -> key.reference() == null
                    ? "the process carries no %s".formatted(key.processKey().equals(EscalationProcess.KEY)
                    ? EscalationProcess.Variables.ESCALATION_ID : ExtensionProcess.Variables.EXTENSION_ID)
                    : "the task's events know no %s %s".formatted(key.processKey().equals(EscalationProcess.KEY)
                    ? "escalation" : "extension request", key.reference());
        };
    }

    private static Mismatch mismatch(ExpectedProcesses task, Kind kind, RunningProcess process, String detail) {
        return new Mismatch(task.taskId(), task.planNumber(), task.taskNumber(), kind, process.processKey(),
                process.instanceId(), process.reference(), detail);
    }

    private static String name(RunningProcess process) {
        return name(process.processKey(), process.reference()) + " " + process.instanceId();
    }

    private static String name(String processKey, String reference) {
        return processKey + " process" + (reference == null ? "" : " for " + reference);
    }

    /** Every registered task: the aggregates whose events include a registration. */
    private List<String> taskIds() {
        return jdbc.sql("SELECT DISTINCT %s FROM %s WHERE %s = :type ORDER BY 1".formatted(
                        schema.aggregateIdentifierColumn(), schema.domainEventTable(), schema.payloadTypeColumn()))
                .param("type", TaskRegistered.class.getName())
                .query(String.class).list();
    }

    /** The running instances of the task processes, with the variables that tie each to its task and reference. */
    private List<RunningProcess> running() {
        List<ProcessInstance> instances = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        for (String key : PROCESS_KEYS) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list().forEach(instance -> {
                instances.add(instance);
                keys.put(instance.getId(), key);
            });
        }
        Map<String, Map<String, Object>> variables = new HashMap<>();
        if (!instances.isEmpty()) {
            runtime.createVariableInstanceQuery()
                    .variableScopeIdIn(instances.stream().map(ProcessInstance::getId).toArray(String[]::new))
                    .variableNameIn(TaskVariables.TASK_ID, EscalationProcess.Variables.ESCALATION_ID,
                            ExtensionProcess.Variables.EXTENSION_ID)
                    .list().forEach((VariableInstance variable) -> variables
                            .computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                            .put(variable.getName(), variable.getValue()));
        }
        return instances.stream().map(instance -> {
            String key = keys.get(instance.getId());
            Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
            String taskId = instance.getBusinessKey() != null ? instance.getBusinessKey()
                    : (String) values.get(TaskVariables.TASK_ID);
            String reference = switch (key) {
                case EscalationProcess.KEY -> (String) values.get(EscalationProcess.Variables.ESCALATION_ID);
                case ExtensionProcess.KEY -> (String) values.get(ExtensionProcess.Variables.EXTENSION_ID);
                default -> null;
            };
            return new RunningProcess(instance.getId(), key, taskId, reference);
        }).toList();
    }

    private static final Comparator<Mismatch> ORDER = Comparator
            .comparing(Mismatch::planNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Mismatch::taskNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Mismatch::taskId, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(mismatch -> PROCESS_KEYS.indexOf(mismatch.processKey()))
            .thenComparing(Mismatch::reference, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Mismatch::processInstanceId, Comparator.nullsFirst(Comparator.naturalOrder()));
}
