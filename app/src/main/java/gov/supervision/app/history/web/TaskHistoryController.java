package gov.supervision.app.history.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.security.SupervisionUser;
import gov.supervision.app.web.CsvExport;
import gov.supervision.app.web.InvalidRequest;
import gov.supervision.app.web.NotFound;
import gov.supervision.app.web.TimeParameter;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.TaskRevised;
import gov.supervision.command.task.api.Unit;
import gov.supervision.query.history.api.FindTaskHistory;
import gov.supervision.query.history.api.HistoryEntry;
import gov.supervision.query.ledger.api.FindTaskAsOf;
import gov.supervision.query.ledger.api.TaskAsOf;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A task's event history in order, whole or filtered, as JSON or CSV; and the task as it stood at an instant.
 * Supervisors and auditors read any task; a unit only a task it is named in; a leader only a task they lead.
 */
@RestController
class TaskHistoryController {

    private static final List<String> CSV_HEADER = List.of("sequence", "type", "time", "actor", "actorRole",
            "actorUnit", "reason", "recordedAt", "payload");

    private final QueryGateway queries;
    private final ObjectMapper json;
    private final ZoneId zone;

    TaskHistoryController(QueryGateway queries, ObjectMapper json,
                          @Value("${supervision.schedule.defaults.time-zone}") ZoneId zone) {
        this.queries = queries;
        this.json = json;
        this.zone = zone;
    }

    /**
     * @param type comma-separated event types, such as {@code ProgressReported,ReportAccepted}
     * @param from events that happened at or after (a day means its start)
     * @param to   events that happened before (a day means its end)
     */
    @GetMapping("/api/tasks/{taskId}/history")
    ResponseEntity<?> history(@PathVariable String taskId,
                              @RequestParam(required = false) String type,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to,
                              @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidRequest("format", "expected json or csv, got " + format);
        }
        FindTaskHistory filter = new FindTaskHistory(taskId, types(type),
                from == null || from.isBlank() ? null : TimeParameter.startOf("from", from, zone),
                to == null || to.isBlank() ? null : TimeParameter.endOf("to", to, zone));
        List<HistoryEntry> whole = readable(taskId);
        List<HistoryEntry> history = whole.stream().filter(filter::matches).toList();
        if (format.equals("csv")) {
            return CsvExport.of("history-" + taskId + ".csv", CSV_HEADER, history.stream().map(this::csv).toList());
        }
        return ResponseEntity.ok(history);
    }

    /** @param at an instant, or a day meaning its end (the state once that day was over) */
    @GetMapping("/api/tasks/{taskId}/as-of")
    TaskAsOf asOf(@PathVariable String taskId, @RequestParam String at) {
        Instant instant = TimeParameter.endOf("at", at, zone);
        readable(taskId);
        return queries.query(new FindTaskAsOf(taskId, instant), ResponseTypes.optionalInstanceOf(TaskAsOf.class))
                .join().orElseThrow(() -> new NotFound("task %s had no event yet at %s".formatted(taskId, instant)));
    }

    /** The task's whole history, if the user may read it; an unknown or unreadable task is not found. */
    private List<HistoryEntry> readable(String taskId) {
        List<HistoryEntry> history = queries.query(new FindTaskHistory(taskId),
                ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join();
        SupervisionUser user = CurrentUser.get();
        boolean allowed = !history.isEmpty() && (user.isUnit() ? names(history, user.unitId())
                : !user.isLeader() || leads(history, user.leaderName()));
        if (!allowed) {
            throw new NotFound("no task with id " + taskId);
        }
        return history;
    }

    private static boolean names(List<HistoryEntry> history, String unitId) {
        return descriptions(history).anyMatch(units -> units.stream().map(Unit::id).anyMatch(unitId::equals));
    }

    private static boolean leads(List<HistoryEntry> history, String leaderName) {
        return history.stream().map(HistoryEntry::payload).anyMatch(p ->
                (p instanceof TaskRegistered registered && registered.leadLeaders().contains(leaderName))
                        || (p instanceof TaskRevised revised && revised.leadLeaders().contains(leaderName)));
    }

    /** The units each registration or revision of the task names. */
    private static Stream<List<Unit>> descriptions(List<HistoryEntry> history) {
        return history.stream().map(HistoryEntry::payload).flatMap(p -> {
            if (p instanceof TaskRegistered r) {
                return Stream.of(Stream.concat(r.leadUnits().stream(), r.cooperatingUnits().stream()).toList());
            }
            if (p instanceof TaskRevised r) {
                return Stream.of(Stream.concat(r.leadUnits().stream(), r.cooperatingUnits().stream()).toList());
            }
            return Stream.empty();
        });
    }

    private static Set<String> types(String type) {
        if (type == null || type.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(type.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
    }

    private List<String> csv(HistoryEntry entry) {
        try {
            return Arrays.asList(String.valueOf(entry.sequence()), entry.type(), entry.time().toString(),
                    entry.actor() == null ? "" : entry.actor().userId(),
                    entry.actor() == null ? "" : entry.actor().role().name(),
                    entry.actor() == null ? "" : Objects.toString(entry.actor().unitId(), ""),
                    Optional.ofNullable(entry.reason()).orElse(""), entry.recordedAt().toString(),
                    json.writeValueAsString(entry.payload()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
