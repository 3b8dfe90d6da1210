package gov.supervision.app.plan.parsing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.supervision.app.unit.UnitDirectory;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JSON of {@code import --dry-run --json}, a contract relied on from outside: fields may be added, never renamed
 * or removed.
 * <pre>
 * {"plans":[{"number","title","issuedOn","tasks":[{"number","label","section","text","leadLeaders":[],
 *   "leadUnits":[],"cooperatingUnits":[],"groups":{"各县(市、区)人民政府":["东昌府区人民政府",…]},
 *   "sourceLines":[first,last]}]}],
 *  "warnings":[{"line","message","fix"}],
 *  "documents":[{"number","title","kind":"plan"|"not-a-plan"|"unreadable","reason","lines":[first,last],"tasks",
 *   "error":{"line","message","fix"}|null}]}
 * </pre>
 * Units are as written after alias resolution; {@code groups} expands each group a task names into its members.
 */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static String write(ParsedBulletin bulletin, UnitDirectory units) {
        Map<String, UnitDirectory.Entry> byId = units.entries().stream()
                .collect(Collectors.toMap(UnitDirectory.Entry::id, Function.identity()));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode plans = root.putArray("plans");
        for (ParsedPlan plan : bulletin.plans()) {
            ObjectNode p = plans.addObject();
            p.put("number", plan.number());
            p.put("title", plan.title());
            p.put("issuedOn", plan.issuedOn() == null ? null : plan.issuedOn().toString());
            ArrayNode tasks = p.putArray("tasks");
            plan.tasks().forEach(task -> write(task, tasks.addObject(), units, byId));
        }
        ArrayNode warnings = root.putArray("warnings");
        bulletin.warnings().forEach(warning -> write(warning, warnings.addObject()));
        ArrayNode documents = root.putArray("documents");
        for (DocumentReading reading : bulletin.documents()) {
            ObjectNode d = documents.addObject();
            d.put("number", reading.number());
            d.put("title", reading.title());
            d.put("kind", reading.kind().json());
            d.put("reason", reading.reason());
            d.putArray("lines").add(reading.firstLine()).add(reading.lastLine());
            d.put("tasks", reading.tasks());
            if (reading.error() == null) {
                d.putNull("error");
            } else {
                write(reading.error(), d.putObject("error"));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ParseWarning warning, ObjectNode w) {
        w.put("line", warning.line()).put("message", warning.message()).put("fix", warning.fix());
    }

    private static void write(ParsedTask task, ObjectNode t, UnitDirectory units,
                              Map<String, UnitDirectory.Entry> byId) {
        t.put("number", task.number());
        t.put("label", task.label());
        t.put("section", task.section());
        t.put("text", task.text());
        strings(t.putArray("leadLeaders"), task.leadLeaders());
        strings(t.putArray("leadUnits"), task.leadUnits());
        strings(t.putArray("cooperatingUnits"), task.cooperatingUnits());
        ObjectNode groups = t.putObject("groups");
        groups(task, units, byId).forEach((group, members) -> strings(groups.putArray(group), members));
        t.putArray("sourceLines").add(task.sourceLines().get(0)).add(task.sourceLines().get(1));
    }

    /** Each group the task names (a directory entry with members), with its members' names. */
    private static Map<String, List<String>> groups(ParsedTask task, UnitDirectory units,
                                                    Map<String, UnitDirectory.Entry> byId) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Stream.concat(task.leadUnits().stream(), task.cooperatingUnits().stream()).forEach(name -> units.find(name)
                .filter(entry -> !entry.memberIds().isEmpty())
                .ifPresent(entry -> groups.putIfAbsent(name, entry.memberIds().stream()
                        .map(id -> byId.containsKey(id) ? byId.get(id).name() : id).toList())));
        return groups;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
