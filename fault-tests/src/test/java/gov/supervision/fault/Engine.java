package gov.supervision.fault;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built engine, {@code java -jar app.jar}, as a child process: started with its settings, watched through
 * {@code /actuator/health}, killed as a crash kills it (SIGKILL, no shutdown hook runs) or stopped as an operator
 * stops it. Every start appends to one log file, which a failing test prints the tail of.
 */
final class Engine {

    private final Path jar;
    private final Path workFolder;
    private final List<String> settings;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private int starts;

    Engine(Path jar, Path workFolder, List<String> settings, Map<String, String> environment, Path log) {
        this.jar = jar;
        this.workFolder = workFolder;
        this.settings = List.copyOf(settings);
        this.environment = Map.copyOf(environment);
        this.log = log;
        Processes.onCleanUp(this::kill);
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("fault.engine.jar", "../app/target/app.jar")).toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no engine jar at " + jar + ": build it first (mvn -q install -DskipTests"
                    + " in the project's folder), or name it with -Dfault.engine.jar=…");
        }
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    synchronized void start() {
        if (alive()) {
            throw new IllegalStateException("the engine runs already, pid " + process.pid());
        }
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workFolder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // the engine's settings are exactly the test's: nothing from the environment that runs the tests
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("SUPERVISION_")
                || name.equals("PORT") || name.equals("SERVER_ADDRESS"));
        builder.environment().putAll(environment);
        try {
            starts++;
            Files.writeString(log, "%n===== fault test: engine start #%d at %s%n".formatted(starts, Instant.now()),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /**
     * Polls health until it says UP (HTTP 200, {@code "status":"UP"}); answers how long that took. Fails if the
     * engine's process ends first or the time runs out.
     */
    Duration awaitUp(Http http, Duration max) {
        long started = System.nanoTime();
        long deadline = started + max.toNanos();
        Http.Answer last = null;
        while (System.nanoTime() < deadline) {
            if (!alive()) {
                throw new AssertionError("the engine's process ended (exit " + process.exitValue()
                        + ") before it was up; its log:\n" + tail(80));
            }
            last = http.get(null, "/actuator/health", Duration.ofSeconds(5));
            if (isUp(last)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            pause(last.answered() ? 250 : 500);
        }
        throw new AssertionError("the engine was not UP within " + max.toSeconds() + " s (last health answer: "
                + (last == null ? "none" : last.shortly()) + "); its log:\n" + tail(80));
    }

    static boolean isUp(Http.Answer health) {
        return health.answered() && health.status() == 200 && "UP".equals(health.json().path("status").asText());
    }

    static boolean isDown(Http.Answer health) {
        JsonNode body = health.json();
        return health.answered() && health.status() == 503 && "DOWN".equals(body.path("status").asText());
    }

    /** A crash: SIGKILL, no shutdown hook, nothing closed. Waits until the process is gone. */
    synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** An operator's stop: SIGTERM, the engine closes what it holds; killed if it takes longer than a minute. */
    synchronized int stop() {
        if (process == null) {
            return -1;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Runs the engine jar's command-line command with the engine's own settings (and environment). */
    Processes.Result command(Duration max, String... arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        command.addAll(settings.stream().filter(setting -> !setting.startsWith("--server.port")).toList());
        return Processes.run(max, log, environment, command.toArray(String[]::new));
    }

    Path log() {
        return log;
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** ERROR lines the engine logged (Spring Boot's console format: time, then the level). */
    long errorLines() {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.matches("^\\S+\\s+ERROR\\s.*")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
