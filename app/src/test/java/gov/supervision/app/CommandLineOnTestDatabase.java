package gov.supervision.app;

import gov.supervision.app.cli.Commands;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a command of the jar against the test engine's database, as {@code java -jar app.jar <command>
 * --spring.datasource.url=…} does, and captures its standard output. The command starts a second engine in this JVM:
 * its Camunda engine gets a name of its own (Camunda keeps engines in a static registry by name), and the test
 * engine's event processors pause while it runs, since both would work the same tokens under the same owner (the
 * owner is the JVM).
 */
public final class CommandLineOnTestDatabase {

    public record Result(int exit, String out) {

        public List<String> lines() {
            return out.lines().toList();
        }
    }

    private final DataSource dataSource;
    private final EventProcessingConfiguration processing;

    public CommandLineOnTestDatabase(DataSource dataSource, EventProcessingConfiguration processing) {
        this.dataSource = dataSource;
        this.processing = processing;
    }

    public Result run(String... command) {
        List<String> args = new ArrayList<>(Arrays.asList(command));
        args.addAll(settings());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<EventProcessor> paused = processing.eventProcessors().values().stream()
                .filter(EventProcessor::isRunning).toList();
        paused.forEach(EventProcessor::shutDown);
        try {
            int exit = Commands.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
            return new Result(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            paused.forEach(EventProcessor::start);
        }
    }

    private List<String> settings() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            return List.of("--spring.datasource.url=" + database.getURL(),
                    "--spring.datasource.username=" + database.getUserName(),
                    "--spring.datasource.password=" + (dataSource instanceof com.zaxxer.hikari.HikariDataSource pool
                            && pool.getPassword() != null ? pool.getPassword() : ""),
                    "--camunda.bpm.process-engine-name=commandLine");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database's address", e);
        }
    }
}
