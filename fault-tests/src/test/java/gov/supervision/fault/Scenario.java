package gov.supervision.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * One fault test's run: a fresh temporary folder and free ports, the engine started from its jar, the whole plan
 * inspected, the load, the faults and their windows, then the checks and the figures. Whatever happens, the
 * processes it started are ended and its logs are kept in {@code target/fault-logs/<name>}; on failure the tail
 * of the engine's log is printed.
 */
final class Scenario {

    /** Requests take at most this long (the engine's own bounds are well inside it). */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
    /** Starting the engine on 2 busy cores (README: first start 35–39 s) */
    static final Duration START = Duration.ofSeconds(Long.getLong("fault.start-seconds", 240));
    /** Requests that overlap a fault's window from its start to this long after the engine is up again are its. */
    static final Duration GRACE = Duration.ofSeconds(2);
    /** No answer outside a fault's window should take longer than this. */
    static final Duration SLOW = Duration.ofSeconds(Long.getLong("fault.slow-seconds", 20));

    /** A fault's window, on {@link System#nanoTime()}'s clock; {@code to} is open while the fault lasts. */
    static final class Window {
        final String what;
        final long from;
        volatile long to = Long.MAX_VALUE;

        Window(String what, long from) {
            this.what = what;
            this.from = from;
        }

        boolean overlaps(Http.Answer answer) {
            return answer.sentAt() <= to && answer.answeredAt() >= from;
        }
    }

    final String name;
    final long seed;
    final Random random;
    final Path folder;
    final Path logs;
    final Findings findings = new Findings();
    final List<Window> windows = new CopyOnWriteArrayList<>();
    final Journal journal;
    final long began = System.nanoTime();
    Engine engine;
    Http http;
    Plan plan;
    Load load;
    Audit audit;
    long eventsBefore;
    private final List<String> timeline = new CopyOnWriteArrayList<>();

    Scenario(String name) {
        this.name = name;
        this.seed = Long.getLong("fault.seed", new java.security.SecureRandom().nextLong() >>> 1);
        this.random = new Random(seed ^ name.hashCode());
        this.journal = new Journal(seed);
        this.logs = Path.of(System.getProperty("fault.logs", "target/fault-logs"), name).toAbsolutePath();
        try {
            this.folder = Files.createTempDirectory("fault-" + name + "-");
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Processes.onCleanUp(() -> Processes.deleteTree(folder));
        System.out.printf("%n===== fault test %s: seed %d (again: -Dfault.seed=%d), folder %s%n", name, seed, seed,
                folder);
    }

    /** The engine on its embedded default, its data in this run's folder. */
    void embeddedEngine() {
        int port = Processes.freePort();
        Path data = embeddedData();
        // registered before the engine, so run after it is killed: the engine's command line names the folder too
        Processes.onCleanUp(() -> Processes.killDatabase(data, java.util.Set.of()));
        engine = new Engine(Engine.jar(), folder, List.of("--server.port=" + port,
                "--supervision.embedded-postgres.data-directory=" + data,
                "--supervision.embedded-postgres.port=" + Processes.freePort()), Map.of(), folder.resolve("engine.log"));
        http = new Http(port, UnaryOperator.identity(), REQUEST_TIMEOUT);
    }

    Path embeddedData() {
        return folder.resolve("data");
    }

    /** The engine on a PostgreSQL server, with demo users of one password. */
    void engineOn(DebianPostgres server) {
        int port = Processes.freePort();
        String demoPassword = "fault-demo-" + Long.toString(seed, 36);
        engine = new Engine(Engine.jar(), folder, List.of("--server.port=" + port), Map.of(
                "SPRING_DATASOURCE_URL", server.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", DebianPostgres.PASSWORD,
                "SUPERVISION_DEMO_USERS_PASSWORD", demoPassword), folder.resolve("engine.log"));
        http = new Http(port, user -> demoPassword, REQUEST_TIMEOUT);
    }

    /** Starts the engine and waits for it to be UP; answers how long that took. */
    Duration startEngine() {
        engine.start();
        Duration up = engine.awaitUp(http, START);
        note("engine up after %.1f s (pid %d)", seconds(up), engine.pid());
        return up;
    }

    /** The supervisor inspects the whole plan (150 dispatches); the plan is read; the log's size noted. */
    void inspectWholePlan() {
        long started = System.nanoTime();
        Http.Answer inspection = http.post("supervisor", "/api/inspections",
                Http.json(Map.of("planNumber", Plan.NUMBER)));
        if (!inspection.ok() || inspection.json().path("started").asInt() != 150) {
            throw new AssertionError("the inspection of the whole plan should start 150 processes: "
                    + inspection.shortly());
        }
        plan = Plan.read(http);
        audit = new Audit(http, plan, journal, findings);
        eventsBefore = audit.events();
        note("whole plan inspected in %.1f s: %d tasks, %d lead units sign in, %d co-led tasks, %d cooperations; "
                        + "%d events", seconds(System.nanoTime() - started), plan.tasks.size(), plan.leadUnits.size(),
                plan.coLed().size(), plan.cooperations().size(), eventsBefore);
        if (plan.coLed().isEmpty() || plan.cooperations().isEmpty()) {
            throw new AssertionError("the plan should have co-led tasks and cooperating units that sign in");
        }
    }

    void startLoad() {
        load = new Load(http, journal, plan, seed);
        load.start();
        note("load started: 7 clients");
    }

    /** Lets the load run (the engine up) for a while: a phase of the run, not a wait for something. */
    void loadFor(Duration duration) {
        Engine.pause(duration.toMillis());
    }

    Window openWindow(String what) {
        Window window = new Window(what, System.nanoTime());
        windows.add(window);
        note("%s", what);
        return window;
    }

    /** The engine is up again: the window closes a moment later. */
    void closeWindow(Window window) {
        window.to = System.nanoTime() + GRACE.toNanos();
    }

    /** Stops the load and checks the record, the traffic, and (after a graceful stop) the reconcile command. */
    void finish() {
        load.stop();
        note("load stopped");
        findings.check(load.clientErrors().isEmpty(), "the load's clients met no error of their own",
                load.clientErrors());
        traffic();
        audit.checkEverything(eventsBefore);
        note("record checked");
        reconcileCommand();
        findings.figure("ERROR lines in the engine's log", engine.errorLines());
        findings.figure("run time", "%.0f s".formatted(seconds(System.nanoTime() - began)));
    }

    /** The counts of the requests: answers by status, failures in and outside the faults' windows, latencies. */
    private void traffic() {
        List<Journal.Exchange> exchanges = journal.all();
        Map<Integer, Integer> client = new TreeMap<>();
        Map<Integer, Integer> server = new TreeMap<>();
        int ok = 0;
        int dropped = 0;
        int timedOut = 0;
        int refused = 0;
        long maxLatency = 0;
        long maxOutside = 0;
        Map<Integer, Journal.Exchange> refusals = new TreeMap<>();
        List<Journal.Exchange> failuresOutside = new ArrayList<>();
        List<Journal.Exchange> slowOutside = new ArrayList<>();
        for (Journal.Exchange exchange : exchanges) {
            Http.Answer answer = exchange.answer();
            boolean outside = windows.stream().noneMatch(window -> window.overlaps(answer));
            switch (answer.outcome()) {
                case ANSWERED -> {
                    if (answer.status() / 100 == 2) {
                        ok++;
                    } else if (answer.status() >= 500) {
                        server.merge(answer.status(), 1, Integer::sum);
                    } else {
                        client.merge(answer.status(), 1, Integer::sum);
                        refusals.putIfAbsent(answer.status(), exchange);
                    }
                }
                case DROPPED -> dropped++;
                case TIMED_OUT -> timedOut++;
                case REFUSED -> refused++;
            }
            if (outside && (answer.unknown() || answer.outcome() == Http.Outcome.REFUSED)) {
                failuresOutside.add(exchange);
            }
            if (answer.outcome() != Http.Outcome.REFUSED) {
                maxLatency = Math.max(maxLatency, answer.latencyMillis());
                if (outside) {
                    maxOutside = Math.max(maxOutside, answer.latencyMillis());
                    if (answer.latencyMillis() > SLOW.toMillis()) {
                        slowOutside.add(exchange);
                    }
                }
            }
        }
        findings.figure("requests sent", exchanges.size());
        findings.figure("2xx", ok);
        findings.figure("4xx", client.values().stream().mapToInt(Integer::intValue).sum() + " " + client);
        refusals.forEach((status, exchange) -> findings.figure("  a " + status, exchange));
        findings.figure("5xx", server.values().stream().mapToInt(Integer::intValue).sum() + " " + server);
        findings.figure("no answer (dropped / timed out)", (dropped + timedOut) + " (" + dropped + " / " + timedOut
                + ")");
        findings.figure("refused (never reached the engine)", refused);
        findings.figure("failures outside the fault windows", failuresOutside.size());
        findings.figure("bursts (co-lead, same item)", load.bursts());
        findings.figure("max latency (all / outside faults)", maxLatency + " ms / " + maxOutside + " ms");
        findings.figure("answers slower than " + SLOW.toSeconds() + " s outside faults", slowOutside.size());
        races(exchanges);
        findings.check(failuresOutside.isEmpty(), failuresOutside.size()
                + " request(s) outside the fault windows failed (5xx or no answer)", failuresOutside);
        findings.check(slowOutside.isEmpty(), slowOutside.size() + " answer(s) outside the fault windows took longer"
                + " than " + SLOW.toSeconds() + " s", slowOutside);
    }

    /**
     * The losers of races: the requests of a burst, and completions of a work item another request completed, that
     * were not answered 2xx. Outside the faults' windows each is told so: 409 (a conflict) or 404 (the item is gone),
     * not a failure and not a refusal that blames the user (403).
     */
    private void races(List<Journal.Exchange> exchanges) {
        java.util.Set<String> won = new java.util.HashSet<>();
        for (Journal.Exchange exchange : exchanges) {
            if (exchange.kind().writes && exchange.itemId() != null && exchange.answer().ok()) {
                won.add(exchange.itemId());
            }
        }
        Map<String, Integer> losers = new TreeMap<>();
        List<Journal.Exchange> wrong = new ArrayList<>();
        for (Journal.Exchange exchange : exchanges) {
            Http.Answer answer = exchange.answer();
            boolean raced = exchange.kind().writes && (exchange.concurrent()
                    || exchange.itemId() != null && won.contains(exchange.itemId()));
            if (!raced || answer.ok()) {
                continue;
            }
            losers.merge(answer.answered() ? String.valueOf(answer.status()) : answer.outcome().name(), 1,
                    Integer::sum);
            boolean outside = windows.stream().noneMatch(window -> window.overlaps(answer));
            // a 5xx or no answer is a failure outside the windows already; here: the refusals that are not "you lost"
            if (outside && answer.answered() && answer.status() < 500 && answer.status() != 409
                    && answer.status() != 404) {
                wrong.add(exchange);
            }
        }
        findings.figure("race losers (by answer)", losers.values().stream().mapToInt(Integer::intValue).sum() + " "
                + losers);
        findings.check(wrong.isEmpty(), wrong.size() + " loser(s) of a race outside the fault windows were refused"
                + " with neither 409 nor 404", wrong);
    }

    /** The engine stopped as an operator stops it, then the reconcile command on the same database. */
    private void reconcileCommand() {
        long stopping = System.nanoTime();
        int exit = engine.stop();
        note("engine stopped (exit %d)", exit);
        findings.figure("graceful stop (SIGTERM)", "exit %d after %.1f s%s".formatted(exit,
                seconds(System.nanoTime() - stopping), exit == 137 ? " (killed: not stopped within 60 s)" : ""));
        Processes.Result reconcile = engine.command(Duration.ofMinutes(4), "reconcile");
        String verdict = reconcile.output().lines().filter(line -> line.startsWith("consistent: ")
                || line.startsWith("inconsistent: ")).findFirst().orElse("(no verdict)");
        findings.figure("reconcile (command)", "exit " + reconcile.exit() + ", " + verdict);
        findings.check(reconcile.exit() == 0 && verdict.startsWith("consistent: "),
                "the reconcile command finds the log and the processes consistent: exit " + reconcile.exit() + ", "
                        + verdict);
    }

    /** Runs the test's body; prints its figures and, if anything failed, the engine's log tail; cleans up. */
    void run(ThrowingBody body) throws Exception {
        Throwable failure = null;
        try {
            body.run();
        } catch (Throwable t) {
            failure = t;
        } finally {
            if (load != null) {
                load.stop();
            }
            String report = findings.report("fault test " + name + " (seed " + seed + ")") + "\n  timeline:\n"
                    + String.join("\n", timeline) + "\n";
            System.out.println(report);
            keepLogs(report);
            if (failure != null || !findings.failures().isEmpty()) {
                System.out.println("===== the engine's log, its last 150 lines (all of it: " + logs + "):");
                System.out.println(engine == null ? "(no engine)" : engine.tail(150));
            }
            Processes.cleanUp();
        }
        if (failure instanceof Exception exception) {
            throw exception;
        } else if (failure instanceof Error error) {
            throw error;
        }
        if (!findings.failures().isEmpty()) {
            throw new AssertionError(findings.failures().size() + " check(s) failed (seed " + seed + "):\n  - "
                    + String.join("\n  - ", findings.failures()));
        }
    }

    interface ThrowingBody {
        void run() throws Exception;
    }

    private void keepLogs(String report) {
        try {
            Files.writeString(logs.resolve("figures.txt"), report, StandardCharsets.UTF_8);
            try (var files = Files.list(folder)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".log")).toList()) {
                    Files.copy(file, logs.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path serverLog = folder.resolve("pgdata").resolve("server.log");
            if (Files.exists(serverLog)) {
                Files.copy(serverLog, logs.resolve("postgres-server.log"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not keep the logs in " + logs + ": " + e);
        }
    }

    void note(String format, Object... arguments) {
        String line = "    +%6.1f s  %s".formatted(seconds(System.nanoTime() - began), format.formatted(arguments));
        timeline.add(line);
        System.out.println(line);
    }

    /** A health answer, polled with a short bound of its own. */
    Http.Answer health() {
        return http.get(null, "/actuator/health", Duration.ofSeconds(5));
    }

    /** The last health answer {@link #awaitHealth} saw. */
    volatile Http.Answer lastHealth;

    /**
     * Polls health until an answer satisfies {@code expected}; answers how long after {@code since} that answer came
     * (null if none did within {@code max} of {@code since}).
     */
    Duration awaitHealth(java.util.function.Predicate<Http.Answer> expected, long since, Duration max) {
        long deadline = since + max.toNanos();
        while (System.nanoTime() < deadline) {
            Http.Answer answer = http.get(null, "/actuator/health",
                    Duration.ofNanos(Math.max(1_000_000, Math.min(Duration.ofSeconds(5).toNanos(),
                            deadline - System.nanoTime()))));
            lastHealth = answer;
            if (expected.test(answer)) {
                return Duration.ofNanos(answer.answeredAt() - since);
            }
            Engine.pause(answer.answered() ? 200 : 400);
        }
        return null;
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
