package gov.supervision.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine in a JVM of its own, as an operator runs it, so that a test can do to it what happens to a process:
 * SIGTERM (systemd's stop, {@code kill}) or SIGKILL ({@code kill -9}, the OOM killer). Its log goes to a file.
 */
final class EngineProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private EngineProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static EngineProcess start(Path log, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC",
                "-cp", System.getProperty("java.class.path"), SupervisionApplication.class.getName()));
        command.addAll(arguments);
        try {
            return new EngineProcess(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line of the log that contains the text; fails when the engine ends first or time runs out. */
    EngineProcess awaitLog(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (log().stream().noneMatch(line -> line.contains(text))) {
            if (!process.isAlive()) {
                throw new AssertionError("the engine ended (" + process.exitValue() + ") before logging '" + text
                        + "':\n" + String.join("\n", log()));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in the engine's log after " + timeout);
            }
            Thread.sleep(200);
        }
        return this;
    }

    /** SIGKILL: the JVM ends at once, nothing of it runs any more (no shutdown hook). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, then waits for the JVM to end. */
    Duration terminate(Duration timeout) throws InterruptedException {
        long began = System.nanoTime();
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the engine did not end within " + timeout + " of SIGTERM");
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    int exitCode() {
        return process.exitValue();
    }

    List<String> log() {
        try {
            // leniently: the engine may be writing a character's first bytes right now
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
