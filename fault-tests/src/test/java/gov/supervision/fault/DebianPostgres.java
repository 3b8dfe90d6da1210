package gov.supervision.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * A PostgreSQL server from Debian's packages, as {@code .ci/run} starts one: a fresh cluster made with initdb as
 * the postgres user (the tests run as root), listening on loopback only, its socket in its own folder, password
 * authentication over TCP. Stopped {@code -m immediate} (as a power cut or an operator's emergency stop leaves it)
 * and started again on the same folder.
 */
final class DebianPostgres {

    static final String PASSWORD = "fault-test-postgres-password";

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final int port;

    private DebianPostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("pgdata");
        this.port = port;
    }

    /** The newest installed server's programs ({@code /usr/lib/postgresql/<n>/bin}), if any. */
    static Optional<Path> installed() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (var versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Makes the cluster in {@code folder}/pgdata and starts it; it is stopped and its processes killed at cleanup. */
    static DebianPostgres create(Path bin, Path folder, int port) {
        DebianPostgres server = new DebianPostgres(bin, folder, port);
        Processes.onCleanUp(server::destroy);
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.createDirectories(server.data);
            Path passwordFile = folder.resolve("pwfile");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            server.require(Processes.run(Duration.ofSeconds(30), null, "chown", "-R", "postgres:postgres",
                    server.data.toString(), passwordFile.toString()), "chown");
            server.require(server.asPostgres(Duration.ofSeconds(120), bin.resolve("initdb") + " -D " + server.data
                    + " -U postgres --auth-local=trust --auth-host=scram-sha-256 --pwfile=" + passwordFile
                    + " -E UTF8"), "initdb");
            server.start();
            server.require(server.asPostgres(Duration.ofSeconds(60), bin.resolve("createdb") + " -h " + server.data
                    + " -p " + port + " -U postgres supervision"), "createdb");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start() {
        require(asPostgres(Duration.ofSeconds(60), bin.resolve("pg_ctl") + " -D " + data + " -l " + data.resolve("server.log")
                + " -w -o '-p " + port + " -c listen_addresses=127.0.0.1 -k " + data + "' start"), "pg_ctl start");
    }

    /** The emergency stop: no checkpoint, every backend ended at once; the next start recovers from the WAL. */
    Processes.Result stopImmediately() {
        return asPostgres(Duration.ofSeconds(60), bin.resolve("pg_ctl") + " -D " + data + " -m immediate stop");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/supervision";
    }

    Path data() {
        return data;
    }

    String logTail(int lines) {
        try {
            var all = Files.readAllLines(data.resolve("server.log"), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no server log: " + e + ")";
        }
    }

    private void destroy() {
        stopImmediately();
        Processes.killDatabase(data, Set.of());
    }

    private Processes.Result asPostgres(Duration max, String command) {
        return Processes.run(max, folder.resolve("commands.log"), "su", "postgres", "-s", "/bin/sh", "-c", command);
    }

    private void require(Processes.Result result, String what) {
        if (result.exit() != 0) {
            throw new IllegalStateException(what + " failed (exit " + result.exit() + "): " + result.output()
                    + "\nserver log:\n" + logTail(30));
        }
    }
}
