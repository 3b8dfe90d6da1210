package gov.supervision.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine on its embedded default, as {@code java -jar app.jar} starts it with no database settings, and what an
 * operator sees of its database from outside: the data folder and the server process its postmaster.pid names.
 */
final class EmbeddedDefault {

    private EmbeddedDefault() {
    }

    static ConfigurableApplicationContext start(Path data, int postgresPort, String... settings) {
        return new SpringApplicationBuilder(SupervisionApplication.class).run(arguments(data, postgresPort, settings)
                .toArray(String[]::new));
    }

    static List<String> arguments(Path data, int postgresPort, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--supervision.embedded-postgres.data-directory=" + data,
                "--supervision.embedded-postgres.port=" + postgresPort));
        arguments.addAll(List.of(settings));
        return arguments;
    }

    /** The live server process of the folder, as its postmaster.pid names it. */
    static Optional<ProcessHandle> postmaster(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
