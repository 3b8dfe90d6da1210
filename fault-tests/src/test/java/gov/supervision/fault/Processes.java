package gov.supervision.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

/**
 * The processes a fault test starts or kills, and their cleanup: whatever it registers is ended when the test ends
 * ({@link #cleanUp()} in a finally) and, should the test JVM itself be stopped, by a shutdown hook. Only processes
 * this test started, or whose command line holds one of its own fresh temporary folders, are ever touched.
 */
final class Processes {

    private static final Deque<Runnable> CLEANUPS = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Processes::cleanUp, "fault-test-cleanup"));
    }

    private Processes() {
    }

    /** Runs at cleanup, the last registered first. */
    static void onCleanUp(Runnable cleanup) {
        CLEANUPS.push(cleanup);
    }

    static void cleanUp() {
        Runnable next;
        while ((next = CLEANUPS.poll()) != null) {
            try {
                next.run();
            } catch (RuntimeException e) {
                System.err.println("fault test cleanup: " + e);
            }
        }
    }

    /**
     * Kills (SIGKILL) the PostgreSQL server of a data folder: the postmaster named by the first line of its
     * {@code postmaster.pid} with all its backends, and every other process whose command line holds the folder
     * (an orphaned postmaster of an earlier start, say), except those in {@code spare} (the engine, whose command
     * line names the folder too). Answers the pids killed; waits until they are gone.
     */
    static List<Long> killDatabase(Path dataFolder, Set<Long> spare) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Set<ProcessHandle> victims = new LinkedHashSet<>();
        // first the server the folder names, at once: the postmaster, then its backends
        postmaster(folder).filter(postmaster -> !spare.contains(postmaster.pid())).ifPresent(postmaster -> {
            List<ProcessHandle> backends = postmaster.descendants().toList();
            victims.add(postmaster);
            victims.addAll(backends);
            postmaster.destroyForcibly();
            backends.forEach(ProcessHandle::destroyForcibly);
        });
        // then anything else that holds the folder (an orphaned postmaster of an earlier start, say)
        String needle = folder.toString();
        ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid() && !spare.contains(process.pid()))
                .filter(process -> process.info().commandLine().map(line -> holds(line, needle)).orElse(false))
                .forEach(process -> {
                    List<ProcessHandle> children = process.descendants().toList();
                    victims.add(process);
                    victims.addAll(children);
                    process.destroyForcibly();
                    children.forEach(ProcessHandle::destroyForcibly);
                });
        List<Long> killed = new ArrayList<>();
        for (ProcessHandle victim : victims) {
            if (!spare.contains(victim.pid())) {
                victim.destroyForcibly();
                killed.add(victim.pid());
            }
        }
        for (ProcessHandle victim : victims) {
            awaitGone(victim, Duration.ofSeconds(10));
        }
        return killed;
    }

    /** The folder as a whole argument or option value, not a longer folder that starts with it. */
    private static boolean holds(String commandLine, String folder) {
        int at = commandLine.indexOf(folder);
        while (at >= 0) {
            int end = at + folder.length();
            if (end == commandLine.length() || commandLine.charAt(end) == ' ' || commandLine.charAt(end) == '/') {
                return true;
            }
            at = commandLine.indexOf(folder, end);
        }
        return false;
    }

    static java.util.Optional<ProcessHandle> postmaster(Path dataFolder) {
        Path pidFile = dataFolder.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return java.util.Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? java.util.Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static void awaitGone(ProcessHandle process, Duration max) {
        try {
            process.onExit().get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // still there, or no longer ours to wait for: the caller looks again if it matters
        }
    }

    /** Runs a command to its end (at most {@code max}); answers its exit code and output. */
    static Result run(Duration max, Path log, String... command) {
        return run(max, log, null, command);
    }

    /**
     * Runs a command to its end (at most {@code max}) with the given environment (none given: the test's own;
     * given: the test's without its {@code SPRING_…} and {@code SUPERVISION_…} settings, plus these); answers its
     * exit code and output (standard output and error together).
     */
    static Result run(Duration max, Path log, java.util.Map<String, String> environment, String... command) {
        try {
            Path out = Files.createTempFile("fault-command", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(out.toFile());
                if (environment != null) {
                    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_")
                            || name.startsWith("SUPERVISION_"));
                    builder.environment().putAll(environment);
                }
                Process process = builder.start();
                if (!process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                    String output = Files.readString(out, StandardCharsets.UTF_8);
                    append(log, command, output);
                    return new Result(-1, output + "\n(killed after " + max.toSeconds() + " s)");
                }
                String output = Files.readString(out, StandardCharsets.UTF_8);
                append(log, command, output);
                return new Result(process.exitValue(), output);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void append(Path log, String[] command, String output) throws IOException {
        if (log != null) {
            Files.writeString(log, "$ " + String.join(" ", command) + "\n" + output + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    record Result(int exit, String output) {
    }

    /** Deletes a folder and everything in it; what cannot be deleted is left. */
    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a file a dying process still writes; the rest goes
                }
            });
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e);
        }
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
