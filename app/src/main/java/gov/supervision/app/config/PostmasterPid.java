package gov.supervision.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The server process of a data folder, as its {@code postmaster.pid} names it (first line: the PID). PostgreSQL
 * removes the file when it stops cleanly; after a kill the file stays, naming a process that is gone, or, once the
 * PID is reused, another program. PostgreSQL checks a left file itself on its next start (and refuses while old
 * backends are still attached to its memory), so the file is never removed here, but for one written before the
 * machine booted.
 */
final class PostmasterPid {

    private static final Logger LOG = LoggerFactory.getLogger(PostmasterPid.class);
    static final String FILE = "postmaster.pid";

    private PostmasterPid() {
    }

    /** The running server of the folder, if its pid file names a live PostgreSQL process. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        return pid(dataDirectory).flatMap(ProcessHandle::of).filter(PostmasterPid::alive)
                .filter(PostmasterPid::isPostgres);
    }

    /** Alive, and not a zombie: a killed server nobody has reaped yet is gone all the same. */
    static boolean alive(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException noProcFileSystem) {
            return true;
        }
    }

    /**
     * A pid file from before the machine booted is stale for sure (no process and no shared memory survive a boot),
     * and its PID may well belong to another program by now, which PostgreSQL would take for a running server.
     */
    static void removeIfFromBeforeBoot(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            Optional<Instant> boot = bootTime();
            if (boot.isPresent() && Files.exists(file)
                    && Files.getLastModifiedTime(file).toInstant().isBefore(boot.get())) {
                Files.delete(file);
                LOG.info("Removed {}: written before the machine booted at {}", file, boot.get());
            }
        } catch (IOException e) {
            LOG.debug("Could not check {} against the boot time", file, e);
        }
    }

    private static Optional<Long> pid(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // being written or removed right now, or not a pid file
        }
    }

    /** A reused PID belongs to another program; a process whose command we may not see is taken for PostgreSQL. */
    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe")).orElse(true);
    }

    /** Linux's boot time ({@code btime} in /proc/stat); elsewhere unknown. */
    private static Optional<Instant> bootTime() throws IOException {
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            return Optional.empty();
        }
        return Files.readAllLines(stat).stream().filter(line -> line.startsWith("btime "))
                .map(line -> Instant.ofEpochSecond(Long.parseLong(line.substring(6).strip()))).findFirst();
    }
}
