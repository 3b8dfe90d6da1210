package gov.supervision.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command the engine answered is on disk: the embedded default runs its PostgreSQL durable (fsync, synchronous
 * commit, full-page writes), whatever the server's own configuration says. Only a setting named unsafe, for
 * throwaway test databases, turns that off.
 */
class EmbeddedDurabilityTest {

    @TempDir
    Path data;

    @Test
    void theEmbeddedDatabaseIsDurableByDefault() {
        try (ConfigurableApplicationContext engine = EmbeddedDefault.start(data, EmbeddedDefault.freePort())) {
            assertThat(settings(engine)).isEqualTo(Map.of(
                    "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        }
    }

    @Test
    void onlyTheUnsafeSettingRelaxesIt() {
        try (ConfigurableApplicationContext engine = EmbeddedDefault.start(data, EmbeddedDefault.freePort(),
                "--supervision.embedded-postgres.unsafe-skip-fsync=true")) {
            assertThat(settings(engine)).isEqualTo(Map.of(
                    "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
        }
    }

    private static Map<String, String> settings(ConfigurableApplicationContext engine) {
        JdbcTemplate jdbc = engine.getBean(JdbcTemplate.class);
        return Map.of(
                "fsync", jdbc.queryForObject("SHOW fsync", String.class),
                "synchronous_commit", jdbc.queryForObject("SHOW synchronous_commit", String.class),
                "full_page_writes", jdbc.queryForObject("SHOW full_page_writes", String.class));
    }
}
