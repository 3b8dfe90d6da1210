package gov.supervision.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded database, killed while the engine runs (kill -9 of its postmaster: the OOM killer, an operator's
 * mistake), is started again by the engine within seconds, and the engine works on without being restarted: the
 * pool reconnects by itself, and nothing answered before is lost.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedWatchdogTest {

    @TempDir
    Path data;

    @Test
    void aKilledDatabaseIsStartedAgainAndTheEngineWorksOn(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext engine = EmbeddedDefault.start(data, EmbeddedDefault.freePort())) {
            JdbcTemplate jdbc = engine.getBean(JdbcTemplate.class);
            long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            ProcessHandle killed = EmbeddedDefault.postmaster(data).orElseThrow();

            long began = System.nanoTime();
            killed.destroyForcibly(); // SIGKILL
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class) == events);
            Duration back = Duration.ofNanos(System.nanoTime() - began);

            ProcessHandle restarted = EmbeddedDefault.postmaster(data).orElseThrow();
            assertThat(restarted.pid()).isNotEqualTo(killed.pid());
            assertThat(killed.isAlive()).isFalse();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(health(engine))
                    .as("the engine's health, through its own pool").contains("\"status\":\"UP\""));
            assertThat(output.getOut()).contains("The embedded PostgreSQL of " + data + " is gone: starting it again",
                    "The embedded PostgreSQL of " + data + " runs again");
            System.out.printf("the embedded database answered again %d ms after its kill -9%n", back.toMillis());
        }
        assertThat(EmbeddedDefault.postmaster(data)).as("stopped with the engine").isEmpty();
    }

    private static String health(ConfigurableApplicationContext engine) throws Exception {
        int port = ((WebServerApplicationContext) engine).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }
}
