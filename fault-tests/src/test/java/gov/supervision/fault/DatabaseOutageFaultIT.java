package gov.supervision.fault;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine on a PostgreSQL server from Debian's packages, started as .ci/run starts one. Under the load the server
 * is stopped {@code -m immediate} for about ten seconds, then started again. While it is away every request is
 * answered within a few seconds, with a 503 problem (application/problem+json), and health says DOWN within a few
 * seconds; once it is back health is UP again and everything answers; and nothing answered is lost (the same checks
 * as for a crash).
 */
class DatabaseOutageFaultIT {

    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("fault.outage-seconds", 10));
    /** "within a few seconds" */
    static final Duration PROMPT = Duration.ofSeconds(Long.getLong("fault.prompt-seconds", 5));
    static final Duration BACK = Duration.ofSeconds(30);

    @Test
    void whileTheServerIsAwayEveryRequestIsAnsweredPromptlyAndNothingAnsweredIsLost() throws Exception {
        Path bin = DebianPostgres.installed().orElse(null);
        Assumptions.assumeTrue(bin != null, "no PostgreSQL server from Debian's packages (/usr/lib/postgresql/*/bin):"
                + " apt-get install postgresql, as .ci/run does");
        Assumptions.assumeTrue(DebianPostgres.runningAsRoot(), "the test starts the server as the postgres user"
                + " (su postgres), which takes root, as CI runs");
        Scenario run = new Scenario("database-outage");
        run.run(() -> {
            DebianPostgres server = DebianPostgres.create(bin, run.folder, Processes.freePort());
            run.note("PostgreSQL server from %s up, data in %s", bin, server.data());
            run.engineOn(server);
            run.startEngine();
            run.inspectWholePlan();
            run.startLoad();
            run.loadFor(Duration.ofMillis(6_000 + run.random.nextInt(5_000)));

            Scenario.Window window = run.openWindow("the PostgreSQL server stopped -m immediate");
            long stoppedAt = System.nanoTime();
            Processes.Result stop = server.stopImmediately();
            run.findings.check(stop.exit() == 0, "pg_ctl stop -m immediate: " + stop.output());
            // health polled through the outage: when does it first say DOWN, how long does each answer take
            Duration down = null;
            long maxHealth = 0;
            while (System.nanoTime() - stoppedAt < OUTAGE.toNanos()) {
                long left = OUTAGE.toNanos() - (System.nanoTime() - stoppedAt);
                Http.Answer health = run.http.get(null, "/actuator/health",
                        Duration.ofNanos(Math.max(left, 1_000_000_000L)));
                maxHealth = Math.max(maxHealth, health.latencyMillis());
                if (down == null && Engine.isDown(health)) {
                    down = Duration.ofNanos(health.answeredAt() - stoppedAt);
                    run.note("health DOWN %.1f s after the stop", Scenario.seconds(down));
                }
                Engine.pause(250);
            }
            long startedAt = System.nanoTime();
            server.start();
            long backAt = System.nanoTime();
            run.note("PostgreSQL server started again after %.1f s away (pg_ctl start took %.1f s)",
                    Scenario.seconds(startedAt - stoppedAt), Scenario.seconds(backAt - startedAt));
            Duration up = run.awaitHealth(Engine::isUp, backAt, BACK);
            run.closeWindow(window);
            run.note("health %s", up == null ? "not UP within " + BACK.toSeconds() + " s"
                    : "UP %.1f s after the start".formatted(Scenario.seconds(up)));
            run.loadFor(Duration.ofSeconds(8));

            run.findings.figure("outage (stopped / until started again)", "%.1f s / %.1f s".formatted(
                    Scenario.seconds(startedAt - stoppedAt), Scenario.seconds(backAt - stoppedAt)));
            run.findings.figure("health DOWN after", down == null ? "not within the outage" : "%.1f s".formatted(Scenario.seconds(down)));
            run.findings.figure("health's slowest answer in the outage", maxHealth + " ms");
            run.findings.figure("health UP after the server's start", up == null ? "never"
                    : "%.1f s".formatted(Scenario.seconds(up)));
            run.findings.check(down != null && down.compareTo(PROMPT) <= 0, "health says DOWN within "
                    + PROMPT.toSeconds() + " s of the stop (" + (down == null ? "it did not within the "
                    + OUTAGE.toSeconds() + " s outage" : "it did after %.1f s".formatted(Scenario.seconds(down))) + ")");
            run.findings.check(up != null && up.compareTo(BACK) <= 0, "health is UP within " + BACK.toSeconds()
                    + " s of the server's start (last: " + (run.lastHealth == null ? "none" : run.lastHealth.shortly())
                    + ")");
            outageAnswers(run, stoppedAt, startedAt, backAt);
            run.finish();
        });
    }

    /**
     * The requests of the outage (from the stop until the server is started again): each answered within a few
     * seconds; those wholly inside it (sent a second after the stop, answered before the start began), 503 problems.
     */
    private static void outageAnswers(Scenario run, long stoppedAt, long startedAt, long backAt) {
        Map<String, Integer> inside = new TreeMap<>();
        List<Journal.Exchange> notProblems = new ArrayList<>();
        List<Journal.Exchange> slow = new ArrayList<>();
        long max = 0;
        int overlapping = 0;
        for (Journal.Exchange exchange : run.journal.all()) {
            Http.Answer answer = exchange.answer();
            if (answer.sentAt() > backAt || answer.answeredAt() < stoppedAt) {
                continue;
            }
            overlapping++;
            max = Math.max(max, answer.latencyMillis());
            if (answer.latencyMillis() > PROMPT.toMillis()) {
                slow.add(exchange);
            }
            // wholly inside, after a second for the server to be gone
            if (answer.sentAt() >= stoppedAt + 1_000_000_000L && answer.answeredAt() <= startedAt) {
                String what = answer.answered() ? answer.status() + (answer.problem() ? " problem" : " "
                        + answer.contentType()) : answer.outcome().name();
                inside.merge(what, 1, Integer::sum);
                if (!(answer.answered() && answer.status() == 503 && answer.problem())) {
                    notProblems.add(exchange);
                }
            }
        }
        run.findings.figure("requests in the outage (overlapping / inside)", overlapping + " / "
                + inside.values().stream().mapToInt(Integer::intValue).sum() + " " + inside);
        run.findings.figure("max latency in the outage", max + " ms");
        run.findings.check(!inside.isEmpty(), "requests sent while the server was away are answered while it is away"
                + " (none was: they waited for it)");
        run.findings.check(slow.isEmpty(), slow.size() + " request(s) in the outage took longer than "
                + PROMPT.toSeconds() + " s (max " + max + " ms)", slow);
        run.findings.check(notProblems.isEmpty(), notProblems.size() + " request(s) in the outage were not answered"
                + " 503 application/problem+json", notProblems);
    }
}
