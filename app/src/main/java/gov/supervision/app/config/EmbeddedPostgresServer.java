package gov.supervision.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The PostgreSQL server of the embedded default's data folder, owned by the engine: it holds the folder's lock, starts
 * the server with {@code pg_ctl} (so the server is a process of its own, which Ctrl-C in the engine's terminal does
 * not reach), makes sure the server it talks to is the one of its folder, and stops it when the engine has stopped
 * everything else (Spring destroys the beans that use the DataSource first; there is no JVM shutdown hook of its own).
 *
 * <p>A server of the folder found running with no engine holding the folder (the engine before was killed) is
 * stopped, cleanly ({@code pg_ctl stop -m fast}), and started again: the server the engine works with is always one
 * it started, with its settings (durability, port) and watched by {@link EmbeddedPostgresWatchdog}.
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /**
     * Long enough for crash recovery, which replays the WAL written since the last checkpoint before the server
     * answers (given up on, it would start over on the next try). pg_ctl stops waiting at once if the server ends.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    /** A fast stop rolls back open transactions and writes a checkpoint: seconds. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String SUPERUSER = "postgres";
    private static final String LOG_FOLDER = "log";

    private final Path dataDirectory;
    private final EmbeddedPostgresProperties properties;
    private final String password;
    private final PostgresBinaries binaries;
    private final DataFolderLock lock;
    private ProcessHandle postmaster;
    private boolean stopped;

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgresProperties properties, String password,
                                   PostgresBinaries binaries, DataFolderLock lock) {
        this.dataDirectory = dataDirectory;
        this.properties = properties;
        this.password = password;
        this.binaries = binaries;
        this.lock = lock;
    }

    /**
     * Makes the folder's cluster if there is none, takes the folder, stops an orphan of it, starts the server and
     * makes sure it is the one answering on the port, then readies the engine's database.
     *
     * @throws EmbeddedDatabaseInUse      when an engine holds the folder
     * @throws EmbeddedDatabasePortTaken when the port is held by anything but the folder's server
     */
    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) {
        Path dataDirectory = folder(properties.dataDirectory());
        String password = EmbeddedDatabasePassword.of(dataDirectory);
        PostgresBinaries binaries = PostgresBinaries.unpacked();
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            // before the lock, whose file would make the folder non-empty: initdb takes only an empty folder, and
            // that keeps two first starts on one folder apart
            initdb(binaries, dataDirectory, password);
        }
        DataFolderLock lock = DataFolderLock.acquire(dataDirectory, properties.port(), properties.database());
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, properties, password, binaries, lock);
        try {
            server.startOwnServer();
            server.requirePasswordOfEarlierFolder();
            server.createDatabaseIfMissing();
        } catch (RuntimeException e) {
            try {
                server.stop();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        LOG.info("Embedded PostgreSQL {} on localhost:{} (PID {}), data in {}, its log in {}; {}. Its password is in {} "
                        + "(PGPASSWORD=$(cat {}) psql -h localhost -p {} -U postgres {})",
                properties.database(), properties.port(), server.postmaster.pid(), dataDirectory,
                dataDirectory.resolve(LOG_FOLDER), properties.unsafeSkipFsync()
                        ? "UNSAFE: fsync, synchronous_commit and full_page_writes off"
                        : "durable: fsync, synchronous_commit and full_page_writes on",
                EmbeddedDatabasePassword.file(dataDirectory), EmbeddedDatabasePassword.file(dataDirectory),
                properties.port(), properties.database());
        if (properties.unsafeSkipFsync()) {
            LOG.warn("The embedded PostgreSQL runs with fsync, synchronous_commit and full_page_writes off "
                    + "(supervision.embedded-postgres.unsafe-skip-fsync=true): a crash can lose answered commands and "
                    + "corrupt the database. For throwaway test databases only");
        }
        return server;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:%d/%s".formatted(properties.port(), database);
    }

    String username() {
        return SUPERUSER;
    }

    String password() {
        return password;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether the server is gone while the engine runs: killed, crashed, or stopped behind the engine's back. */
    synchronized boolean isGone() {
        return !stopped && !isRunning();
    }

    /**
     * Starts the server again if it is gone, with the same checks as the first start (a port taken meanwhile is
     * refused).
     *
     * @return whether it had to
     */
    synchronized boolean restartIfGone() {
        if (!isGone()) {
            return false;
        }
        startOwnServer();
        return true;
    }

    private boolean isRunning() {
        return postmaster != null && PostmasterPid.alive(postmaster);
    }

    /** Stops the server (fast: open transactions roll back, committed ones are on disk) and lets the folder go. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (isRunning()) {
                long began = System.nanoTime();
                stopServer(postmaster);
                LOG.info("Embedded PostgreSQL of {} stopped in {} ms", dataDirectory,
                        (System.nanoTime() - began) / 1_000_000);
            }
        } finally {
            lock.close();
        }
    }

    private void startOwnServer() {
        PostmasterPid.running(dataDirectory).ifPresent(orphan -> {
            LOG.warn("The embedded PostgreSQL of {} is running (PID {}) though no engine holds its folder: the engine "
                    + "before was killed, most likely. Stopping it, to start it again as this engine's", dataDirectory,
                    orphan.pid());
            stopServer(orphan);
        });
        PostmasterPid.removeIfFromBeforeBoot(dataDirectory);
        Optional<String> holder = LoopbackPort.holder(properties.port());
        if (holder.isPresent()) {
            throw new EmbeddedDatabasePortTaken(properties.port(), holder.get(), dataDirectory);
        }
        requirePasswordUnlessEarlierFolder();
        PostgresBinaries.Run started = binaries.run(START_TIMEOUT.plusSeconds(10), "pg_ctl", "start", "-w",
                "-t", String.valueOf(START_TIMEOUT.toSeconds()), "-D", dataDirectory.toString(),
                "-l", logFolder().resolve("startup.log").toString(), "-o", serverOptions());
        postmaster = PostmasterPid.running(dataDirectory).orElse(null);
        if (started.exitCode() != 0 || postmaster == null) {
            Optional<String> taken = LoopbackPort.holder(properties.port()); // between the look above and the bind?
            if (postmaster == null && taken.isPresent()) {
                throw new EmbeddedDatabasePortTaken(properties.port(), taken.get(), dataDirectory);
            }
            throw new IllegalStateException("the embedded PostgreSQL in %s did not start (%s); its log in %s ends: %s"
                    .formatted(dataDirectory, started.output(), logFolder(), lastLogLines()));
        }
        requireOwnServerOnThePort();
    }

    /**
     * The settings on the server's command line, which win over its postgresql.conf. Durable unless told otherwise:
     * a command answered 201 is in the WAL on disk, and a crash of the machine cannot tear a page.
     */
    private String serverOptions() {
        String durable = properties.unsafeSkipFsync() ? "off" : "on";
        return String.join(" ", List.of(
                "-p", String.valueOf(properties.port()),
                "-c", "listen_addresses=localhost",
                // no socket file in /tmp that a server of another folder on the same port would contend for
                "-c", "unix_socket_directories=",
                "-c", "max_connections=100",
                "-c", "timezone=UTC",
                "-c", "fsync=" + durable,
                "-c", "synchronous_commit=" + durable,
                "-c", "full_page_writes=" + durable,
                // its log in <data>/log, one file a weekday, the week before overwritten
                "-c", "logging_collector=on",
                "-c", "log_directory=" + LOG_FOLDER,
                "-c", "log_filename=postgresql-%a.log",
                "-c", "log_rotation_age=1d",
                "-c", "log_rotation_size=0",
                "-c", "log_truncate_on_rotation=on"));
    }

    /**
     * The server answering on localhost:port is the one of this folder: the same data directory. PostgreSQL that
     * could bind only one of localhost's addresses starts anyway, and a program on the other would get our
     * connections.
     */
    private void requireOwnServerOnThePort() {
        String answering;
        try (Connection connection = connect("postgres");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW data_directory")) {
            result.next();
            answering = result.getString(1);
        } catch (SQLException e) {
            stopServer(postmaster);
            throw new IllegalStateException(("the embedded PostgreSQL in %s started, but the engine cannot use it on "
                    + "localhost:%d (its password is in %s): %s").formatted(dataDirectory, properties.port(),
                    EmbeddedDatabasePassword.file(dataDirectory), e.getMessage()));
        }
        if (!sameFolder(answering)) {
            stopServer(postmaster);
            throw new EmbeddedDatabasePortTaken(properties.port(),
                    "another PostgreSQL server (its data in " + answering + ")", dataDirectory);
        }
    }

    private boolean sameFolder(String answering) {
        try {
            return Path.of(answering).toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException e) {
            return false; // a folder this machine does not have: another machine's server behind a tunnel, say
        }
    }

    /** Stops a server of this folder, ours or an orphan: fast, then immediate if it does not stop in time. */
    private void stopServer(ProcessHandle server) {
        binaries.run(STOP_TIMEOUT.plusSeconds(10), "pg_ctl", "stop", "-D", dataDirectory.toString(), "-m", "fast",
                "-w", "-t", String.valueOf(STOP_TIMEOUT.toSeconds()));
        if (!exited(server)) {
            LOG.warn("The embedded PostgreSQL of {} (PID {}) did not stop in {} s: stopping it immediately (it "
                    + "recovers on its next start)", dataDirectory, server.pid(), STOP_TIMEOUT.toSeconds());
            binaries.run(STOP_TIMEOUT, "pg_ctl", "stop", "-D", dataDirectory.toString(), "-m", "immediate", "-w");
        }
        if (!exited(server)) {
            throw new IllegalStateException("could not stop the embedded PostgreSQL of %s (PID %d)"
                    .formatted(dataDirectory, server.pid()));
        }
    }

    /** pg_ctl returns once the server removed its pid file, a moment before its process ends. */
    private static boolean exited(ProcessHandle server) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (PostmasterPid.alive(server)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** A new cluster that requires the password from the start (no moment of "trust"). */
    private static void initdb(PostgresBinaries binaries, Path dataDirectory, String password) {
        Path passwordFile = null;
        try {
            passwordFile = Files.createTempFile("supervision-initdb-", ".pw"); // readable by its owner only
            EmbeddedDatabasePassword.ownerOnly(passwordFile);
            Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
            PostgresBinaries.Run initdb = binaries.run(Duration.ofMinutes(2), "initdb", "-D", dataDirectory.toString(),
                    "-U", SUPERUSER, "-A", "scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF-8");
            if (initdb.exitCode() != 0) {
                throw new IllegalStateException(("could not make the embedded database in %s (a folder that is neither "
                        + "empty nor a PostgreSQL data folder?): %s").formatted(dataDirectory, initdb.output()));
            }
            EmbeddedDatabasePassword.keep(dataDirectory, password);
            LOG.info("Embedded PostgreSQL cluster made in {}", dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the embedded database in " + dataDirectory, e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    /** Every connection needs the password; a folder of an earlier version gets it once its server runs. */
    private void requirePasswordUnlessEarlierFolder() {
        try {
            if (!EmbeddedDatabasePassword.trusting(dataDirectory)) {
                EmbeddedDatabasePassword.requireIt(dataDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not require a password of the embedded database", e);
        }
    }

    /**
     * A folder of an earlier version (zonky's initdb trusted local connections): set the superuser's password, then
     * require it of every connection from now on.
     */
    private void requirePasswordOfEarlierFolder() {
        try {
            if (!EmbeddedDatabasePassword.trusting(dataDirectory)) {
                return;
            }
            EmbeddedDatabasePassword.keep(dataDirectory, password);
            try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
                statement.execute("SET password_encryption = 'scram-sha-256'");
                statement.execute("ALTER ROLE postgres PASSWORD '" + password.replace("'", "''") + "'");
                EmbeddedDatabasePassword.requireIt(dataDirectory);
                statement.execute("SELECT pg_reload_conf()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not require a password of the embedded database", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the embedded database's password", e);
        }
    }

    private void createDatabaseIfMissing() {
        String database = properties.database();
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE \"" + database.replace("\"", "")
                        + "\" TEMPLATE template0 ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    /** A connection of the engine's own, with timeouts: whatever answers on the port must not hang the start. */
    private Connection connect(String database) throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("user", SUPERUSER);
        settings.setProperty("password", password);
        settings.setProperty("connectTimeout", "5");
        settings.setProperty("loginTimeout", "10");
        settings.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(jdbcUrl(database), settings);
    }

    private Path logFolder() {
        Path folder = dataDirectory.resolve(LOG_FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the embedded database's log folder " + folder, e);
        }
        return folder;
    }

    /** The end of the server's newest log file, for a message that says why it did not start. */
    private String lastLogLines() {
        try (Stream<Path> files = Files.list(logFolder())) {
            Optional<Path> newest = files.filter(Files::isRegularFile)
                    .max(Comparator.comparing(file -> file.toFile().lastModified()));
            if (newest.isEmpty()) {
                return "(nothing)";
            }
            List<String> lines = Files.readAllLines(newest.get(), StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static Path folder(String dataDirectory) {
        Path folder = Path.of(dataDirectory).toAbsolutePath().normalize();
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the embedded database's data folder " + folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file: the system's cleaner takes it
        }
    }
}
