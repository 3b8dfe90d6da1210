package gov.supervision.fault;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The embedded default's PostgreSQL is killed (SIGKILL of the postmaster named in its postmaster.pid, of all its
 * backends, and of every process whose command line holds the data folder; the engine's JVM is spared) at three
 * moments of the seed's choosing under the load. The engine should bring its embedded server back by itself: health
 * UP again within 30 s. Where it does not, that is a finding, and the test restarts the engine as an operator would
 * so that the record can still be checked. Then the same checks as for a crash of the engine.
 */
class DatabaseCrashFaultIT {

    static final int KILLS = 3;
    static final Duration RECOVERY = Duration.ofSeconds(Long.getLong("fault.db-recovery-seconds", 30));

    @Test
    void nothingAnsweredIsLostOrDuplicatedWhenTheEmbeddedDatabaseIsKilled() throws Exception {
        Scenario run = new Scenario("database-crash");
        run.run(() -> {
            run.embeddedEngine();
            run.startEngine();
            run.inspectWholePlan();
            run.startLoad();
            StringBuilder recoveries = new StringBuilder();
            for (int kill = 1; kill <= KILLS; kill++) {
                run.loadFor(Duration.ofMillis(6_000 + run.random.nextInt(6_000)));
                Scenario.Window window = run.openWindow("kill -9 of the embedded PostgreSQL #" + kill);
                long killedAt = System.nanoTime();
                List<Long> killed = Processes.killDatabase(run.embeddedData(), Set.of(run.engine.pid()));
                run.note("killed %d processes of the database: %s", killed.size(), killed);
                run.findings.check(!killed.isEmpty(), "kill #" + kill + " found the database's processes");
                Duration back = run.awaitHealth(Engine::isUp, killedAt, RECOVERY);
                if (back != null && back.compareTo(RECOVERY) <= 0) {
                    run.note("health UP again %.1f s after the kill", Scenario.seconds(back));
                    recoveries.append(recoveries.length() == 0 ? "" : ", ")
                            .append("%.1f s".formatted(Scenario.seconds(back)));
                } else {
                    run.findings.check(false, "the engine brings its embedded database back within "
                            + RECOVERY.toSeconds() + " s of kill #" + kill + " (last health answer: "
                            + (run.lastHealth == null ? "none" : run.lastHealth.shortly()) + ")");
                    run.note("not UP within %d s (last health: %s): the operator restarts the engine",
                            RECOVERY.toSeconds(), run.lastHealth == null ? "none" : run.lastHealth.shortly());
                    recoveries.append(recoveries.length() == 0 ? "" : ", ").append("never (engine restarted)");
                    run.load.shut();
                    run.engine.kill();
                    Processes.killDatabase(run.embeddedData(), Set.of());
                    run.startEngine();
                    run.load.reopen();
                }
                run.closeWindow(window);
            }
            run.loadFor(Duration.ofSeconds(8));
            run.findings.figure("kills of the database", KILLS + ", UP again after " + recoveries);
            run.finish();
        });
    }
}
