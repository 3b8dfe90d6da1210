package gov.supervision.app;

import gov.supervision.app.cli.Commands;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine works only on the database in its own data folder. When its port is taken, by another PostgreSQL
 * server (another engine's, say) or by any other program, it does not start, and says which port and which setting
 * to change, instead of working on whatever answers there.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // whatever listens must not hang the start
class EmbeddedPortTakenTest {

    @TempDir
    Path data;

    @Test
    void refusesAPortHeldByAnotherPostgresServerAndWritesNothingIntoIt(CapturedOutput output) throws IOException {
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setPort(EmbeddedDefault.freePort()).start()) {
            JdbcTemplate otherServer = new JdbcTemplate(other.getPostgresDatabase());
            Map<String, Object> before = contents(otherServer);

            Throwable refusal = startFailure(other.getPort());

            assertThat(refusal.getMessage()).isEqualTo(("port %d on localhost is taken by another PostgreSQL "
                    + "server, not by the embedded database in %s (the engine uses only the database in its own data "
                    + "folder): stop it, or give this engine a free port with --supervision.embedded-postgres.port="
                    + "<port> (environment variable SUPERVISION_EMBEDDED_POSTGRES_PORT)")
                    .formatted(other.getPort(), data));
            assertThat(contents(otherServer)).as("the other server's databases, tables and roles").isEqualTo(before);
            theStartFailedWithTheReasonAlone(output, other.getPort());
            assertThat(EmbeddedDefault.postmaster(data)).as("no server of the folder left running").isEmpty();
        }
    }

    @Test
    void refusesAPortHeldByAProgramThatIsNotPostgres(CapturedOutput output) throws IOException {
        // bound and listening, never answering: the kernel takes connections into its backlog all the same
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Throwable refusal = startFailure(silent.getLocalPort());

            assertThat(refusal.getMessage()).startsWith(("port %d on localhost is taken by a program that is not "
                    + "PostgreSQL, not by the embedded database in %s").formatted(silent.getLocalPort(), data))
                    .contains("--supervision.embedded-postgres.port=<port>", "SUPERVISION_EMBEDDED_POSTGRES_PORT");
            theStartFailedWithTheReasonAlone(output, silent.getLocalPort());
        }
    }

    @Test
    void aCommandOnTheEmbeddedDefaultSaysSoToo() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream stderr = System.err;
            int exit;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                exit = Commands.run(new String[]{"verify", "--supervision.embedded-postgres.data-directory=" + data,
                        "--supervision.embedded-postgres.port=" + silent.getLocalPort()}, System.out);
            } finally {
                System.setErr(stderr);
            }
            assertThat(exit).isEqualTo(Commands.UNAVAILABLE);
            assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).last().asString()
                    .startsWith("verification could not run: port %d on localhost is taken by a program that is not "
                            .formatted(silent.getLocalPort()) + "PostgreSQL")
                    .contains("--supervision.embedded-postgres.port=<port>");
        }
    }

    /** The engine's start, which must fail; its innermost reason. */
    private Throwable startFailure(int postgresPort) {
        try {
            ConfigurableApplicationContext engine = EmbeddedDefault.start(data, postgresPort);
            engine.close();
        } catch (RuntimeException e) {
            return NestedExceptionUtils.getMostSpecificCause(e);
        }
        throw new AssertionError("the engine started on port " + postgresPort + ", held by another program");
    }

    /**
     * Spring Boot's report names the port and the setting, and no stack trace follows (the one-line warning Spring's
     * context logs of every failed start remains).
     */
    private static void theStartFailedWithTheReasonAlone(CapturedOutput output, int port) {
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "port " + port + " on localhost is taken",
                "Action:", "--supervision.embedded-postgres.port=<port>").doesNotContain("Application run failed");
        assertThat(output.getOut().lines()).as("stack trace lines").noneMatch(line -> line.startsWith("\tat "));
    }

    private static Map<String, Object> contents(JdbcTemplate server) {
        return Map.of(
                "databases", server.queryForList("SELECT datname FROM pg_database ORDER BY datname", String.class),
                "tables", server.queryForList("SELECT schemaname || '.' || tablename FROM pg_tables "
                        + "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1", String.class),
                "roles", server.queryForList("SELECT rolname || ':' || coalesce(rolpassword, '-') FROM pg_authid "
                        + "ORDER BY 1", String.class));
    }
}
