package gov.supervision.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engine killed with kill -9 leaves its database running, with no engine: an orphan. The next engine on the folder
 * stops it cleanly and starts its own server (its settings, its watchdog), and the data is all there. "Just start the
 * engine again" is what the README tells an operator after a crash.
 */
class EmbeddedOrphanTest {

    @TempDir
    Path data;
    @TempDir
    Path logs;

    @Test
    void theNextEngineStopsTheOrphanOfItsFolderAndStartsItsOwnServer() throws InterruptedException {
        int postgresPort = EmbeddedDefault.freePort();
        try (EngineProcess killed = EngineProcess.start(logs.resolve("killed-engine.log"),
                EmbeddedDefault.arguments(data, postgresPort))) {
            killed.awaitLog("(150 tasks) is registered", Duration.ofMinutes(3)).kill();
        }
        ProcessHandle orphan = EmbeddedDefault.postmaster(data)
                .orElseThrow(() -> new AssertionError("the killed engine's database should still run"));

        try (ConfigurableApplicationContext next = EmbeddedDefault.start(data, postgresPort)) {
            assertThat(orphan.isAlive()).as("the orphan, stopped").isFalse();
            ProcessHandle own = EmbeddedDefault.postmaster(data).orElseThrow();
            assertThat(own.pid()).isNotEqualTo(orphan.pid());
            JdbcTemplate jdbc = next.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                    .as("the plan and its 150 tasks, registered by the killed engine").isEqualTo(151L);
            assertThat(jdbc.queryForObject("SHOW data_directory", String.class)).isEqualTo(data.toString());
        }
        assertThat(EmbeddedDefault.postmaster(data)).as("stopped with the engine").isEmpty();
    }
}
