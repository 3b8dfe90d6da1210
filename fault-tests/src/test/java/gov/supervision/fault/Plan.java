package gov.supervision.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The 2021 plan as the ledger shows it to the supervisor: each task's id, number, lead and cooperating units. */
final class Plan {

    static final String NUMBER = "聊政发〔2021〕1号";

    record Task(String id, int number, List<String> leadUnits, List<String> cooperatingUnits) {
    }

    final List<Task> tasks;
    /** the lead units that sign in: whom the load acts as */
    final List<String> leadUnits;

    private Plan(List<Task> tasks, List<String> leadUnits) {
        this.tasks = tasks;
        this.leadUnits = leadUnits;
    }

    static Plan read(Http http) {
        Http.Answer answer = http.get("supervisor", "/api/ledger?plan=" + Http.query(NUMBER));
        if (!answer.ok()) {
            throw new AssertionError("the supervisor cannot read the ledger: " + answer.shortly());
        }
        List<Task> tasks = new ArrayList<>();
        for (JsonNode row : answer.json()) {
            tasks.add(new Task(row.get("taskId").asText(), row.get("taskNumber").asInt(), ids(row.get("leadUnits")),
                    ids(row.get("cooperatingUnits"))));
        }
        Set<String> units = new LinkedHashSet<>();
        tasks.forEach(task -> units.addAll(task.leadUnits()));
        // only units that can sign in: a unit named by a plan but not in the directory has no user (README)
        List<String> signingIn = new ArrayList<>();
        for (String unit : units) {
            Http.Answer probe = http.get(unit, "/api/work-items?step=Task_Acknowledge");
            if (probe.ok()) {
                signingIn.add(unit);
            }
        }
        return new Plan(List.copyOf(tasks), List.copyOf(signingIn));
    }

    private static List<String> ids(JsonNode units) {
        List<String> ids = new ArrayList<>();
        units.forEach(unit -> ids.add(unit.get("id").asText()));
        return ids;
    }

    /** Tasks with two or more lead units, all of which sign in: their units acknowledge at once in a burst. */
    List<Task> coLed() {
        return tasks.stream().filter(task -> task.leadUnits().size() > 1 && leadUnits.containsAll(task.leadUnits()))
                .toList();
    }

    /** (task, unit) for each cooperating unit of a task that signs in. */
    List<String[]> cooperations() {
        List<String[]> pairs = new ArrayList<>();
        for (Task task : tasks) {
            for (String unit : task.cooperatingUnits()) {
                if (leadUnits.contains(unit) && !task.leadUnits().contains(unit)) {
                    pairs.add(new String[]{task.id(), unit});
                }
            }
        }
        return pairs;
    }
}
