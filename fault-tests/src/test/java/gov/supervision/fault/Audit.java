package gov.supervision.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks after the load, through the engine's public API only: each task's history (the auditor's view of the
 * event log) against the journal of requests; the event log's verification; reconciliation with Camunda; and every
 * projection against a rebuild of it from the log.
 */
final class Audit {

    /** One event of a task's history. */
    record Event(String taskId, int sequence, String type, JsonNode payload) {

        @Override
        public String toString() {
            return "%s #%d of task %s".formatted(type, sequence, taskId);
        }
    }

    private final Http http;
    private final Plan plan;
    private final Journal journal;
    private final Findings findings;

    Audit(Http http, Plan plan, Journal journal, Findings findings) {
        this.http = http;
        this.plan = plan;
        this.journal = journal;
        this.findings = findings;
    }

    /** The event count the verification reads, or -1 if it cannot be read. */
    long events() {
        Http.Answer verification = http.get("auditor", "/api/audit/verification");
        return verification.ok() ? verification.json().path("events").asLong(-1) : -1;
    }

    void checkEverything(long eventsBefore) {
        awaitProjectionsCaughtUp(Duration.ofSeconds(90));
        Map<String, List<Event>> histories = histories();
        List<Event> all = histories.values().stream().flatMap(List::stream).toList();
        checkRequests(all);
        checkNoDuplicates(histories);
        checkVerification(eventsBefore, all.size());
        checkReconciliation();
        checkProjections();
    }

    private Map<String, List<Event>> histories() {
        Map<String, List<Event>> histories = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Plan.Task task : plan.tasks) {
            Http.Answer answer = http.get("auditor", "/api/tasks/" + task.id() + "/history");
            if (!answer.ok()) {
                unreadable.add("task " + task.number() + ": " + answer.shortly());
                continue;
            }
            List<Event> events = new ArrayList<>();
            for (JsonNode event : answer.json()) {
                events.add(new Event(task.id(), event.get("sequence").asInt(), event.get("type").asText(),
                        event.get("payload")));
            }
            histories.put(task.id(), events);
        }
        findings.check(unreadable.isEmpty(), "the auditor reads every task's history", unreadable);
        return histories;
    }

    /** The text that marks an event as a request's of this run, if it carries one. */
    private String markerOf(Event event) {
        String text = switch (event.type()) {
            case "TaskAcknowledged" -> event.payload().path("responsiblePerson").asText(null);
            case "ProgressReported", "ContributionAdded" -> event.payload().path("text").asText(null);
            case "ReportReturned" -> event.payload().path("reason").asText(null);
            default -> null;
        };
        return journal.isMarker(text) ? text : null;
    }

    /**
     * Each write of the journal against the log: answered 2xx, exactly its events; refused (4xx, or never sent), none;
     * no answer or a failure answer, at most one. A contribution's answered id is its event's, and never answered
     * for another text.
     */
    private void checkRequests(List<Event> all) {
        Map<String, List<Event>> byMarker = new HashMap<>();
        Map<String, Event> reportByText = new HashMap<>();
        Map<String, List<Event>> acceptances = new HashMap<>();
        for (Event event : all) {
            String marker = markerOf(event);
            if (marker != null) {
                byMarker.computeIfAbsent(marker, m -> new ArrayList<>()).add(event);
            }
            if (event.type().equals("ProgressReported")) {
                reportByText.putIfAbsent(event.payload().path("text").asText(), event);
            }
            if (event.type().equals("ReportAccepted")) {
                acceptances.computeIfAbsent(event.taskId() + " " + event.payload().path("reportId").asText(),
                        key -> new ArrayList<>()).add(event);
            }
        }
        List<Journal.Exchange> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        List<Journal.Exchange> refusedButRecorded = new ArrayList<>();
        List<String> wrongIds = new ArrayList<>();
        int unknown = 0;
        int unknownRecorded = 0;
        Map<String, List<Journal.Exchange>> answeredIds = new TreeMap<>();
        Map<String, List<Journal.Exchange>> completedItems = new HashMap<>();
        Map<Journal.Kind, int[]> writes = new TreeMap<>();
        for (Journal.Exchange exchange : journal.all()) {
            if (!exchange.kind().writes) {
                continue;
            }
            Http.Answer answer = exchange.answer();
            int[] counts = writes.computeIfAbsent(exchange.kind(), kind -> new int[2]);
            counts[0]++;
            if (answer.ok()) {
                counts[1]++;
            }
            List<Event> found;
            if (exchange.kind() == Journal.Kind.ACCEPT) {
                Event report = exchange.marker() == null ? null : reportByText.get(exchange.marker());
                found = report == null ? List.of() : acceptances.getOrDefault(
                        report.taskId() + " " + report.payload().path("reportId").asText(), List.of());
            } else {
                found = byMarker.getOrDefault(exchange.marker(), List.of());
            }
            if (answer.ok()) {
                if (found.isEmpty()) {
                    lost.add(exchange);
                } else if (found.size() > 1) {
                    duplicated.add(exchange + " is in the log " + found.size() + " times: " + found);
                }
                if (exchange.itemId() != null) {
                    completedItems.computeIfAbsent(exchange.itemId(), item -> new ArrayList<>()).add(exchange);
                }
                if (exchange.kind() == Journal.Kind.CONTRIBUTE) {
                    String id = answer.json().path("contributionId").asText(null);
                    answeredIds.computeIfAbsent(exchange.taskId() + " " + id, key -> new ArrayList<>()).add(exchange);
                    if (found.size() == 1 && !found.get(0).payload().path("contributionId").asText().equals(id)) {
                        wrongIds.add(exchange + " but its event says " + found.get(0).payload().get("contributionId"));
                    }
                }
            } else if (answer.unknown()) {
                unknown++;
                if (found.size() == 1) {
                    unknownRecorded++;
                } else if (found.size() > 1) {
                    duplicated.add(exchange + " is in the log " + found.size() + " times: " + found);
                }
            } else if (!found.isEmpty()) {
                // a 4xx, or a request that never reached the engine
                refusedButRecorded.add(exchange);
            }
        }
        List<String> reused = new ArrayList<>();
        answeredIds.forEach((id, exchanges) -> {
            if (exchanges.size() > 1) {
                reused.add("contribution " + id + " answered " + exchanges.size() + " times: " + exchanges);
            }
        });
        List<String> twice = new ArrayList<>();
        completedItems.forEach((item, exchanges) -> {
            if (exchanges.size() > 1) {
                twice.add("work item " + item + " completed " + exchanges.size() + " times: " + exchanges);
            }
        });
        StringBuilder perKind = new StringBuilder();
        writes.forEach((kind, counts) -> perKind.append(perKind.length() == 0 ? "" : ", ")
                .append(kind.name().toLowerCase()).append(' ').append(counts[1]).append('/').append(counts[0]));
        findings.figure("writes (2xx/sent)", perKind);
        findings.figure("lost (answered 2xx, not in the log)", lost.size());
        findings.figure("duplicated requests", duplicated.size());
        findings.figure("refused but recorded", refusedButRecorded.size());
        findings.figure("ids answered twice", reused.size());
        findings.figure("unknown outcome: recorded/all", unknownRecorded + "/" + unknown);
        findings.check(lost.isEmpty(), lost.size() + " request(s) answered 2xx have no event in the log (lost)",
                lost);
        findings.check(duplicated.isEmpty(), duplicated.size() + " request(s) are in the log more than once",
                duplicated);
        findings.check(refusedButRecorded.isEmpty(), refusedButRecorded.size()
                + " request(s) refused (4xx) or never sent are in the log anyway", refusedButRecorded);
        findings.check(wrongIds.isEmpty(), "a contribution's answered id is its event's id", wrongIds);
        findings.check(reused.isEmpty(), reused.size() + " contribution id(s) answered to two clients", reused);
        findings.check(twice.isEmpty(), twice.size() + " work item(s) answered 2xx to more than one completion",
                twice);
    }

    /**
     * The log holds nothing twice, whoever sent it: one acknowledgement per unit, one follow-up and one first round
     * per task, each round, report id, review and contribution id once, each marker once; and a task whose lead units
     * all acknowledged has its follow-up (the last acknowledgement's own events).
     */
    private void checkNoDuplicates(Map<String, List<Event>> histories) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        List<String> gaps = new ArrayList<>();
        List<String> noFollowUp = new ArrayList<>();
        for (Plan.Task task : plan.tasks) {
            List<Event> events = histories.getOrDefault(task.id(), List.of());
            Set<String> acknowledged = new HashSet<>();
            boolean followUp = false;
            for (int i = 0; i < events.size(); i++) {
                Event event = events.get(i);
                if (event.sequence() != i) {
                    gaps.add("task " + task.number() + ": event " + i + " has sequence " + event.sequence());
                }
                String key = switch (event.type()) {
                    case "TaskAcknowledged" -> {
                        acknowledged.add(event.payload().path("unit").path("id").asText());
                        yield "acknowledgement of " + event.payload().path("unit").path("id").asText();
                    }
                    case "FollowUpStarted" -> {
                        followUp = true;
                        yield "follow-up start";
                    }
                    case "FollowUpRoundOpened" -> "round " + event.payload().path("round").asInt();
                    case "ProgressReported" -> "report " + event.payload().path("reportId").asText();
                    case "ReportAccepted", "ReportReturned" -> "review of " + event.payload().path("reportId").asText();
                    case "ContributionAdded" -> "contribution " + event.payload().path("contributionId").asText();
                    default -> null;
                };
                if (key != null) {
                    groups.computeIfAbsent("task " + task.number() + ": " + key, k -> new ArrayList<>()).add(event);
                }
                String marker = markerOf(event);
                if (marker != null) {
                    groups.computeIfAbsent("marker " + marker, k -> new ArrayList<>()).add(event);
                }
            }
            if (acknowledged.containsAll(task.leadUnits()) && !followUp) {
                noFollowUp.add("task " + task.number() + ": every lead unit acknowledged, no FollowUpStarted");
            }
        }
        Set<Event> surplus = new HashSet<>();
        List<String> examples = new ArrayList<>();
        groups.forEach((key, events) -> {
            if (events.size() > 1) {
                surplus.addAll(events.subList(1, events.size()));
                examples.add(key + " " + events.size() + " times: " + events);
            }
        });
        findings.figure("duplicated events", surplus.size());
        findings.figure("follow-ups missing", noFollowUp.size());
        findings.check(surplus.isEmpty(), surplus.size() + " event(s) in the log duplicate another", examples);
        findings.check(noFollowUp.isEmpty(), noFollowUp.size()
                + " task(s) lack the follow-up their last acknowledgement starts (lost)", noFollowUp);
        findings.check(gaps.isEmpty(), "each history runs 0, 1, 2, … without a gap", gaps);
    }

    private void checkVerification(long eventsBefore, int taskEvents) {
        Http.Answer answer = http.get("auditor", "/api/audit/verification");
        findings.check(answer.ok(), "the auditor's verification answers: " + answer.shortly());
        if (!answer.ok()) {
            return;
        }
        JsonNode verification = answer.json();
        long events = verification.path("events").asLong();
        findings.figure("events (all / appended during the test)", events + " / " + (events - eventsBefore));
        List<String> broken = new ArrayList<>();
        verification.path("broken").forEach(chain -> broken.add(chain.toString()));
        findings.figure("verification", verification.path("intact").asBoolean() ? "intact"
                : "BROKEN (" + broken.size() + " chains)");
        findings.check(verification.path("intact").asBoolean(), "the event log verifies intact", broken);
        findings.check(events >= taskEvents, "the verification counts every event the histories show ("
                + events + " < " + taskEvents + ")");
    }

    private void checkReconciliation() {
        Http.Answer answer = http.get("auditor", "/api/reconciliation");
        findings.check(answer.ok(), "the auditor's reconciliation answers: " + answer.shortly());
        if (!answer.ok()) {
            return;
        }
        List<String> mismatches = new ArrayList<>();
        answer.json().path("mismatches").forEach(mismatch -> mismatches.add(mismatch.path("kind").asText() + " task "
                + mismatch.path("taskNumber").asText() + " " + mismatch.path("processKey").asText() + ": "
                + mismatch.path("detail").asText()));
        findings.figure("reconciliation (REST)", answer.json().path("consistent").asBoolean() ? "consistent"
                : "INCONSISTENT (" + mismatches.size() + " mismatches)");
        findings.check(answer.json().path("consistent").asBoolean(), "the log and Camunda reconcile", mismatches);
    }

    /** As ProjectionRebuildTest: every projection's tables, rebuilt from the log, are what they were. */
    private void checkProjections() {
        Map<String, String> built = tables(http.get("supervisor", "/api/projections").json());
        List<String> failed = new ArrayList<>();
        for (JsonNode projection : http.get("supervisor", "/api/projections").json().path("projections")) {
            String name = projection.get("name").asText();
            Http.Answer started = http.post("supervisor", "/api/projections/" + name + "/rebuild", null);
            if (started.status() != 202) {
                failed.add(name + ": rebuild answered " + started.shortly());
                continue;
            }
            JsonNode status = awaitRebuilt(name, Duration.ofSeconds(120));
            String state = status.path("rebuild").path("state").asText();
            if (!state.equals("DONE")) {
                failed.add(name + ": rebuild " + state + " " + status.path("rebuild"));
            }
        }
        Map<String, String> rebuilt = tables(http.get("supervisor", "/api/projections").json());
        List<String> differences = new ArrayList<>();
        built.forEach((table, checksum) -> {
            if (!checksum.equals(rebuilt.get(table))) {
                differences.add(table + ": built event by event " + checksum + ", rebuilt " + rebuilt.get(table));
            }
        });
        findings.figure("projections", built.size() + " tables, " + (differences.isEmpty() && failed.isEmpty()
                ? "each equal to its rebuild" : differences.size() + " differ from their rebuild"));
        findings.check(failed.isEmpty(), "every projection rebuilds", failed);
        findings.check(!built.isEmpty() && differences.isEmpty(), "every projection equals its rebuild from the log",
                differences);
    }

    private void awaitProjectionsCaughtUp(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Http.Answer answer = http.get("supervisor", "/api/projections");
            last = answer.json();
            if (answer.ok() && caughtUp(last)) {
                return;
            }
            Engine.pause(250);
        }
        findings.check(false, "the projections catch up with the log within " + max.toSeconds() + " s: " + last);
    }

    private static boolean caughtUp(JsonNode projections) {
        for (JsonNode projection : projections.path("projections")) {
            if (projection.path("position").isNull() || projection.path("position").asLong() < projection.path("head")
                    .asLong() || !projection.path("state").asText().equals("RUNNING")) {
                return false;
            }
        }
        return projections.path("projections").size() > 0;
    }

    private JsonNode awaitRebuilt(String name, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = http.get("supervisor", "/api/projections/" + name).json();
            if (!status.path("rebuild").path("state").asText().equals("RUNNING")) {
                return status;
            }
            Engine.pause(250);
        }
        return status;
    }

    /** "projection/table" → "rows checksum" */
    private static Map<String, String> tables(JsonNode projections) {
        Map<String, String> tables = new TreeMap<>();
        for (JsonNode projection : projections.path("projections")) {
            for (JsonNode table : projection.path("tables")) {
                tables.put(projection.get("name").asText() + "/" + table.get("name").asText(),
                        table.path("rows").asLong() + " rows " + table.path("checksum").asText());
            }
        }
        return tables;
    }
}
