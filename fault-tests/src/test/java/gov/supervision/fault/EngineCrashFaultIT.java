package gov.supervision.fault;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * The engine's JVM is killed (SIGKILL: no shutdown hook, nothing closed) at three moments of the seed's choosing
 * while seven clients work the plan, and started again each time on the same data folder. Afterwards every request
 * answered 2xx has exactly its events in the log, nothing is there twice, no refusal left a trace, no id answered
 * to a client was handed out again; the log verifies intact, reconciles with Camunda (over REST and with the
 * reconcile command), and every projection equals its rebuild. Outside the kill windows no request failed.
 */
class EngineCrashFaultIT {

    static final int KILLS = 3;

    @Test
    void nothingAnsweredIsLostOrDuplicatedWhenTheEngineIsKilled() throws Exception {
        Scenario run = new Scenario("engine-crash");
        run.run(() -> {
            run.embeddedEngine();
            run.startEngine();
            run.inspectWholePlan();
            run.startLoad();
            StringBuilder recoveries = new StringBuilder();
            for (int kill = 1; kill <= KILLS; kill++) {
                run.loadFor(Duration.ofMillis(6_000 + run.random.nextInt(6_000)));
                Scenario.Window window = run.openWindow("kill -9 of the engine's JVM #" + kill + " (pid "
                        + run.engine.pid() + ")");
                run.load.shut();
                run.engine.kill();
                Duration up = run.startEngine();
                run.load.reopen();
                run.closeWindow(window);
                recoveries.append(recoveries.length() == 0 ? "" : ", ").append("%.1f s".formatted(Scenario.seconds(up)));
            }
            run.loadFor(Duration.ofSeconds(8));
            run.findings.figure("kills of the engine", KILLS + ", up again after " + recoveries);
            run.finish();
        });
    }
}
