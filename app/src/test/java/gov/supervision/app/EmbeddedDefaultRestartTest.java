package gov.supervision.app;

import gov.supervision.app.cli.Commands;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's first command: the engine started with no database settings runs its own PostgreSQL with its data
 * in a folder; started a second time on that folder, it works and changes nothing. While it runs, a command on the
 * same folder says how to reach its database instead; once it stopped, a command runs on the folder itself.
 */
class EmbeddedDefaultRestartTest {

    @TempDir
    Path data;

    @Test
    void aSecondStartOnTheSameDataChangesNothing() throws IOException {
        int postgresPort = freePort();
        Map<String, Object> first;
        try (ConfigurableApplicationContext engine = start(postgresPort)) {
            first = snapshot(engine);
            aCommandOnTheHeldFolderSaysHowToReachTheRunningEngine(engine, postgresPort);
            theDatabaseTakesOnlyItsPassword(postgresPort);
        }
        assertThat(Files.exists(data.resolve("postgresql.conf"))).as("the data folder holds the cluster").isTrue();
        assertThat(first.get("tasks")).isEqualTo(150L);
        assertThat(first.get("plans")).isEqualTo(1L);
        assertThat(first.get("events")).as("the plan imported, then its tasks registered").isEqualTo(151L);
        assertThat(first.get("maxGlobalIndex")).as("the global index grows by one").isEqualTo(151L);
        aCommandOnTheFolderOfAStoppedEngineRunsOnIt(postgresPort);

        try (ConfigurableApplicationContext engine = start(postgresPort)) {
            assertThat(snapshot(engine)).isEqualTo(first);
        }
    }

    /**
     * The embedded database trusts nobody: its password was generated on the first start and is kept in the data
     * folder, readable only by its owner; without it, or with another, no connection is taken.
     */
    private void theDatabaseTakesOnlyItsPassword(int postgresPort) throws IOException {
        Path file = data.resolve("supervision-db-password");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        String password = Files.readString(file).strip();
        assertThat(password).hasSize(48);
        String url = "jdbc:postgresql://localhost:%d/supervision".formatted(postgresPort);
        for (String wrong : new String[]{"", "postgres"}) {
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", wrong).close())
                    .as("password '%s'", wrong).isInstanceOf(java.sql.SQLException.class);
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
        try (var connection = java.sql.DriverManager.getConnection(url, "postgres", password)) {
            assertThat(connection.isValid(5)).isTrue();
        } catch (java.sql.SQLException e) {
            throw new AssertionError("the folder's password is refused", e);
        }
    }

    /**
     * PostgreSQL opens a data folder once: a command started on the folder of a running engine cannot run (69), and
     * says so with the settings that reach the engine's database; with them, it runs.
     */
    private void aCommandOnTheHeldFolderSaysHowToReachTheRunningEngine(ConfigurableApplicationContext engine,
                                                                      int postgresPort) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = Commands.run(new String[]{"verify", "--supervision.embedded-postgres.data-directory=" + data,
                    "--supervision.embedded-postgres.port=" + postgresPort}, new PrintStream(out, true,
                    StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
        assertThat(exit).isEqualTo(Commands.UNAVAILABLE);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).last().isEqualTo(("verification could not "
                + "run: the embedded database in %s is in use, by a running engine most likely (PostgreSQL opens a "
                + "data folder once): stop that engine, or point this at its database with "
                + "--spring.datasource.url=jdbc:postgresql://localhost:%d/supervision "
                + "--spring.datasource.username=postgres --spring.datasource.password=$(cat %s)")
                .formatted(data.toAbsolutePath().normalize(), postgresPort,
                        data.toAbsolutePath().normalize().resolve("supervision-db-password")));

        CommandLineOnTestDatabase.Result pointed = new CommandLineOnTestDatabase(engine.getBean(DataSource.class),
                engine.getBean(EventProcessingConfiguration.class)).run("verify");
        assertThat(pointed.exit()).as(pointed.out()).isEqualTo(Commands.OK);
        assertThat(pointed.lines().get(0)).isEqualTo("intact: 151 events in 151 chains");
    }

    /** With the engine stopped, a command starts the folder's database itself, and stops it again. */
    private void aCommandOnTheFolderOfAStoppedEngineRunsOnIt(int postgresPort) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Commands.run(new String[]{"verify", "--supervision.embedded-postgres.data-directory=" + data,
                "--supervision.embedded-postgres.port=" + postgresPort}, new PrintStream(out, true,
                StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(Commands.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("intact: 151 events in 151 chains");
        assertThat(EmbeddedDefault.postmaster(data)).as("stopped with the command").isEmpty();
    }

    private ConfigurableApplicationContext start(int postgresPort) {
        return new SpringApplicationBuilder(SupervisionApplication.class).run(
                "--server.port=0",
                "--supervision.embedded-postgres.data-directory=" + data,
                "--supervision.embedded-postgres.port=" + postgresPort);
    }

    private static Map<String, Object> snapshot(ConfigurableApplicationContext engine) {
        JdbcTemplate jdbc = engine.getBean(JdbcTemplate.class);
        return Map.of(
                "events", count(jdbc, "SELECT count(*) FROM domain_event_entry"),
                "maxGlobalIndex", count(jdbc, "SELECT max(global_index) FROM domain_event_entry"),
                "tasks", count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.TaskRegistered'"),
                "plans", count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.PlanImported'"),
                "deployments", count(jdbc, "SELECT count(*) FROM act_re_deployment"),
                "processDefinitions", count(jdbc, "SELECT count(*) FROM act_re_procdef"),
                "users", count(jdbc, "SELECT count(*) FROM act_id_user"),
                "authorizations", count(jdbc, "SELECT count(*) FROM act_ru_authorization"),
                "migrations", count(jdbc, "SELECT count(*) FROM flyway_schema_history"));
    }

    private static Long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
