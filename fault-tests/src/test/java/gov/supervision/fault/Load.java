package gov.supervision.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded concurrent load: seven client threads working the plan through the REST API as its users do.
 * <ul>
 * <li>two acknowledge dispatched tasks, each as the lead units of its half of the units;</li>
 * <li>two submit progress reports (citing contributions now and then) as the lead units;</li>
 * <li>one reviews the reports as the supervisor: accepts them on track, or returns them (then they come again);</li>
 * <li>one adds contributions as cooperating units;</li>
 * <li>one sends bursts: all lead units of a co-led task acknowledging at the same moment, or three completions of the
 * same work item at once (a report, or a review), each with its own marker.</li>
 * </ul>
 * Each thread draws from its own random sequence of the run's seed. Every request goes into the {@link Journal}.
 * While the engine is being restarted the gate is shut and the clients wait at it; while only its database is
 * away they go on sending, as users do.
 */
final class Load {

    static final String ACKNOWLEDGE = "Task_Acknowledge";
    static final String REPORT = "Task_SubmitProgressReport";
    static final String REVIEW = "Task_ReviewReport";

    private final Http http;
    private final Journal journal;
    private final Plan plan;
    private final long seed;
    private final Set<String> coLed = new HashSet<>();
    private final List<Plan.Task> coLedTasks;
    /** units with an answered acknowledgement: they are the ones with reports to write */
    private final Set<String> reporting = ConcurrentHashMap.newKeySet();
    /** answered contribution ids by task: what a report may cite */
    private final Map<String, List<String>> contributions = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Object gate = new Object();
    private volatile boolean open = true;
    private volatile boolean running;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger bursts = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> clientErrors = new CopyOnWriteArrayList<>();

    Load(Http http, Journal journal, Plan plan, long seed) {
        this.http = http;
        this.journal = journal;
        this.plan = plan;
        this.seed = seed;
        this.coLedTasks = new ArrayList<>(plan.coLed());
        Collections.shuffle(coLedTasks, new Random(seed));
        coLedTasks.forEach(task -> coLed.add(task.id()));
    }

    void start() {
        running = true;
        List<String> units = plan.leadUnits;
        List<String> even = new ArrayList<>();
        List<String> odd = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            (i % 2 == 0 ? even : odd).add(units.get(i));
        }
        client("acknowledge-1", 1, new Acknowledger(even)::step);
        client("acknowledge-2", 2, new Acknowledger(odd)::step);
        client("report-1", 3, this::report);
        client("report-2", 4, this::report);
        client("review", 5, this::review);
        client("contribute", 6, this::contribute);
        client("burst", 7, new Bursts()::step);
    }

    /** Shuts the gate: the clients finish what they are sending and wait (the engine is about to go). */
    void shut() {
        open = false;
    }

    /** Opens the gate again: the engine is back. */
    void reopen() {
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
    }

    /** Ends the load: every client finishes its request in flight, then stops. */
    void stop() {
        running = false;
        stopped.countDown();
        reopen();
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.MINUTES.toMillis(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                clientErrors.add(thread.getName() + " did not stop within 3 minutes");
                thread.interrupt();
            }
        }
    }

    int bursts() {
        return bursts.get();
    }

    List<String> clientErrors() {
        return clientErrors;
    }

    private interface Step {
        /** One operation; false when it met a failure (5xx, no answer): the client then waits a little. */
        boolean run(String client, Random random);
    }

    private void client(String name, int index, Step step) {
        Random random = new Random(seed * 31 + index);
        Thread thread = new Thread(() -> {
            while (running) {
                awaitGate();
                if (!running) {
                    break;
                }
                boolean fine;
                try {
                    fine = step.run(name, random);
                } catch (RuntimeException e) {
                    // a client's own error (an answer it could not read): noted, and the client goes on
                    if (clientErrors.size() < 20) {
                        clientErrors.add(name + ": " + e);
                    }
                    fine = false;
                }
                if (!fine) {
                    failures.incrementAndGet();
                }
                idle(fine ? 20 + random.nextInt(100) : 250);
            }
        }, "fault-load-" + name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void awaitGate() {
        synchronized (gate) {
            while (!open && running) {
                try {
                    gate.wait(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Pacing between requests; ends early when the load stops. */
    private void idle(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean fine(Http.Answer answer) {
        return !answer.unknown() && answer.outcome() != Http.Outcome.REFUSED;
    }

    /** The user's open work items at a step (of one task, or all); null if the read failed. */
    private List<JsonNode> items(String client, String user, String step, Integer taskNumber) {
        String path = "/api/work-items?step=" + step + (taskNumber == null ? "" : "&taskNumber=" + taskNumber);
        Http.Answer answer = http.get(user, path);
        journal.add(client, Journal.Kind.READ, user, path, null, null, null, false, answer);
        if (!answer.ok()) {
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        answer.json().forEach(items::add);
        return items;
    }

    private Http.Answer complete(String client, Journal.Kind kind, String user, JsonNode item, String marker,
                                 Map<String, Object> form) {
        String path = "/api/work-items/" + item.get("id").asText();
        Http.Answer answer = http.post(user, path, Http.json(form));
        journal.add(client, kind, user, path, item.get("taskId").asText(), item.get("id").asText(), marker, false,
                answer);
        return answer;
    }

    private final class Acknowledger {

        private final List<String> units;
        private final Set<String> done = new HashSet<>();

        Acknowledger(List<String> units) {
            this.units = units;
        }

        boolean step(String client, Random random) {
            List<String> left = units.stream().filter(unit -> !done.contains(unit)).toList();
            if (left.isEmpty()) {
                return true;
            }
            String unit = left.get(random.nextInt(left.size()));
            List<JsonNode> items = items(client, unit, ACKNOWLEDGE, null);
            if (items == null) {
                return false;
            }
            items.removeIf(item -> coLed.contains(item.get("taskId").asText())); // the bursts' share
            if (items.isEmpty()) {
                done.add(unit);
                return true;
            }
            JsonNode item = items.get(random.nextInt(items.size()));
            String marker = journal.marker("ack");
            Http.Answer answer = complete(client, Journal.Kind.ACKNOWLEDGE, unit, item, marker,
                    Map.of("responsiblePerson", marker));
            if (answer.ok()) {
                reporting.add(unit);
            }
            return fine(answer);
        }
    }

    private boolean report(String client, Random random) {
        List<String> candidates = new ArrayList<>(reporting);
        if (candidates.isEmpty() || random.nextInt(5) == 0) {
            candidates = new ArrayList<>(plan.leadUnits);
        }
        Collections.sort(candidates);
        String unit = candidates.get(random.nextInt(candidates.size()));
        List<JsonNode> items = items(client, unit, REPORT, null);
        if (items == null) {
            return false;
        }
        if (items.isEmpty()) {
            return true;
        }
        JsonNode item = items.get(random.nextInt(items.size()));
        String marker = journal.marker("report");
        return fine(complete(client, Journal.Kind.REPORT, unit, item, marker, reportForm(item, marker, random)));
    }

    private Map<String, Object> reportForm(JsonNode item, String marker, Random random) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("text", marker);
        form.put("percentComplete", random.nextInt(101));
        List<String> citable = contributions.getOrDefault(item.get("taskId").asText(), List.of());
        if (!citable.isEmpty() && random.nextInt(3) == 0) {
            form.put("citedContributions", citable.get(random.nextInt(citable.size())));
        }
        return form;
    }

    private boolean review(String client, Random random) {
        List<JsonNode> items = items(client, "supervisor", REVIEW, null);
        if (items == null) {
            return false;
        }
        if (items.isEmpty()) {
            return true;
        }
        JsonNode item = items.get(random.nextInt(items.size()));
        if (random.nextInt(100) < 65) {
            return fine(complete(client, Journal.Kind.ACCEPT, "supervisor", item,
                    item.path("values").path("text").asText(null),
                    Map.of("reviewDecision", "ACCEPT", "assessment", "ON_TRACK")));
        }
        String marker = journal.marker("return");
        return fine(complete(client, Journal.Kind.RETURN, "supervisor", item, marker,
                Map.of("reviewDecision", "RETURN", "reviewReason", marker)));
    }

    private boolean contribute(String client, Random random) {
        List<String[]> pairs = plan.cooperations();
        if (pairs.isEmpty()) {
            return true;
        }
        String[] pair = pairs.get(random.nextInt(pairs.size()));
        String marker = journal.marker("contribution");
        String path = "/api/tasks/" + pair[0] + "/contributions";
        Http.Answer answer = http.post(pair[1], path, Http.json(Map.of("text", marker, "evidence", List.of())));
        journal.add(client, Journal.Kind.CONTRIBUTE, pair[1], path, pair[0], null, marker, false, answer);
        if (answer.ok() && answer.json().hasNonNull("contributionId")) {
            contributions.computeIfAbsent(pair[0], task -> new CopyOnWriteArrayList<>())
                    .add(answer.json().get("contributionId").asText());
        }
        return fine(answer);
    }

    private final class Bursts {

        private int next;
        private int turn;

        boolean step(String client, Random random) {
            turn++;
            if (turn % 2 == 1 && next < coLedTasks.size()) {
                return coLeadUnitsAtOnce(client, coLedTasks.get(next++));
            }
            return sameItemAtOnce(client, random);
        }

        /** Every lead unit of a co-led task acknowledges it at the same moment. */
        private boolean coLeadUnitsAtOnce(String client, Plan.Task task) {
            Map<String, JsonNode> open = new LinkedHashMap<>();
            for (String unit : task.leadUnits()) {
                List<JsonNode> items = items(client, unit, ACKNOWLEDGE, task.number());
                if (items == null) {
                    return false;
                }
                items.stream().filter(item -> item.get("taskId").asText().equals(task.id())).findFirst()
                        .ifPresent(item -> open.put(unit, item));
            }
            if (open.size() < 2) {
                return true;
            }
            List<Runnable> journaling = new ArrayList<>();
            List<CompletableFuture<Http.Answer>> sent = new ArrayList<>();
            open.forEach((unit, item) -> {
                String marker = journal.marker("ack");
                String path = "/api/work-items/" + item.get("id").asText();
                CompletableFuture<Http.Answer> answer = http.postAsync(unit, path,
                        Http.json(Map.of("responsiblePerson", marker)));
                sent.add(answer);
                journaling.add(() -> {
                    Http.Answer got = answer.join();
                    journal.add(client, Journal.Kind.ACKNOWLEDGE, unit, path, task.id(), item.get("id").asText(),
                            marker, true, got);
                    if (got.ok()) {
                        reporting.add(unit);
                    }
                });
            });
            bursts.incrementAndGet();
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            journaling.forEach(Runnable::run);
            return sent.stream().allMatch(answer -> fine(answer.join()));
        }

        /** Three completions of one work item at the same moment, each with its own marker: one may win. */
        private boolean sameItemAtOnce(String client, Random random) {
            boolean asUnit = random.nextBoolean() && !reporting.isEmpty();
            String user;
            List<JsonNode> items;
            if (asUnit) {
                List<String> units = new ArrayList<>(reporting);
                Collections.sort(units);
                user = units.get(random.nextInt(units.size()));
                items = items(client, user, REPORT, null);
            } else {
                user = "supervisor";
                items = items(client, user, REVIEW, null);
            }
            if (items == null) {
                return false;
            }
            if (items.isEmpty()) {
                return true;
            }
            JsonNode item = items.get(random.nextInt(items.size()));
            String path = "/api/work-items/" + item.get("id").asText();
            List<String> markers = new ArrayList<>();
            List<CompletableFuture<Http.Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String marker = journal.marker(asUnit ? "report" : "return");
                Map<String, Object> form = asUnit ? reportForm(item, marker, random)
                        : Map.of("reviewDecision", "RETURN", "reviewReason", marker);
                markers.add(marker);
                sent.add(http.postAsync(user, path, Http.json(form)));
            }
            bursts.incrementAndGet();
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            for (int i = 0; i < sent.size(); i++) {
                journal.add(client, asUnit ? Journal.Kind.REPORT : Journal.Kind.RETURN, user, path,
                        item.get("taskId").asText(), item.get("id").asText(), markers.get(i), true, sent.get(i).join());
            }
            return sent.stream().allMatch(answer -> fine(answer.join()));
        }
    }
}
