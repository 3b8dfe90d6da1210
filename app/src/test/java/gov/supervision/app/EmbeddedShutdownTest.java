package gov.supervision.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SIGTERM (systemd's stop, {@code kill}, a container's stop) stops the engine in order: Axon's processors and
 * Camunda's job executor first, while the database still runs, the database last. Nothing fails on the way, and
 * nothing is left running.
 */
class EmbeddedShutdownTest {

    @TempDir
    Path data;
    @TempDir
    Path logs;

    @Test
    void sigtermStopsTheEngineFirstAndItsDatabaseLast() throws InterruptedException {
        try (EngineProcess engine = EngineProcess.start(logs.resolve("engine.log"),
                EmbeddedDefault.arguments(data, EmbeddedDefault.freePort()))) {
            engine.awaitLog("(150 tasks) is registered", Duration.ofMinutes(3));
            ProcessHandle database = EmbeddedDefault.postmaster(data).orElseThrow();

            Duration stopping = engine.terminate(Duration.ofSeconds(90));

            System.out.printf("the engine stopped %d ms after SIGTERM%n", stopping.toMillis());
            assertThat(stopping).isLessThan(Duration.ofSeconds(20));
            List<String> log = engine.log();
            List<String> shutdown = log.subList(indexOf(log, "(150 tasks) is registered"), log.size());
            assertThat(shutdown).as("errors and warnings as the engine stops")
                    .noneMatch(line -> line.contains(" ERROR ") || line.contains(" WARN "));
            // ended with the engine; the system's init reaps it, at once or a moment later
            await().atMost(Duration.ofSeconds(5)).until(() -> !database.isAlive());
            assertThat(Files.exists(data.resolve("postmaster.pid"))).as("a clean stop removes its pid file").isFalse();
            int databaseStopped = indexOf(log, "Embedded PostgreSQL of " + data + " stopped");
            assertThat(indexOf(log, "ENGINE-14015 Shutting down the JobExecutor")).isLessThan(databaseStopped);
            assertThat(indexOf(log, "Stopping PooledStreamingEventProcessor [ledger]")).isLessThan(databaseStopped);
        }
    }

    private static int indexOf(List<String> log, String text) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no '" + text + "' in the engine's log:\n" + String.join("\n", log));
    }
}
