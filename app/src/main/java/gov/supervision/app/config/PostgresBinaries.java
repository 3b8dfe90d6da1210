package gov.supervision.app.config;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL's programs (initdb, pg_ctl, postgres) from zonky's binaries artifact on the classpath, unpacked once into
 * {@code <java.io.tmpdir>/supervision-postgres-<user>/PG-<digest>}, a folder only its user may enter. Zonky is kept for this only: its {@code EmbeddedPostgres}
 * class runs the server for tests (fsync off, its own JVM shutdown hook, a failed start ignored), which is not how
 * the engine must run its database.
 */
final class PostgresBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final List<String> PROGRAMS = List.of("initdb", "pg_ctl", "postgres");

    private static PostgresBinaries unpacked;

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The binaries of this JVM, unpacked if they are not (yet, or any longer: a cleaner may empty the temp folder). */
    static synchronized PostgresBinaries unpacked() {
        if (unpacked == null) {
            unpacked = new PostgresBinaries(ownFolder().resolve(
                    "PG-" + HexFormat.of().formatHex(sha256(readArchive()), 0, 12)));
        }
        unpacked.ensureUnpacked();
        return unpacked;
    }

    /**
     * The user's folder in the temporary folder. Anyone may make a folder of that name there first, with programs of
     * their own in it, which the engine would run: a folder that is not the user's is refused.
     */
    private static Path ownFolder() {
        String user = System.getProperty("user.name");
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "supervision-postgres-" + user);
        try {
            Files.createDirectories(folder);
            UserPrincipal owner = Files.getOwner(folder);
            if (!owner.equals(folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user))) {
                throw new IllegalStateException("%s belongs to %s, not to %s, who runs the engine: remove it"
                        .formatted(folder, owner.getName(), user));
            }
            EmbeddedDatabasePassword.ownerOnly(folder, "rwx------");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the folder of the PostgreSQL binaries, " + folder, e);
        }
    }

    /** What a program said, its standard output and error together, and how it ended. */
    record Run(int exitCode, String output) {
    }

    /**
     * Runs one of the programs and waits for it. Its output goes through a file, not a pipe: {@code pg_ctl start}
     * leaves a server behind that must not hold on to anything of the engine's.
     */
    Run run(Duration timeout, String program, String... arguments) {
        Path output = null;
        try {
            output = Files.createTempFile("supervision-" + program + "-", ".out");
            Process process = new ProcessBuilder(command(program, arguments)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Run(-1, program + " did not finish in " + timeout.toSeconds() + " s");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip()
                    .replace(System.lineSeparator(), " | "));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + program(program), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, program + " was interrupted");
        } finally {
            if (output != null) {
                deleteQuietly(output);
            }
        }
    }

    private static File nullDevice() {
        return new File(isWindows() ? "NUL" : "/dev/null");
    }

    /**
     * The command line that runs one of the programs. PostgreSQL refuses to run as root; as zonky does, root runs it
     * in a user namespace of its own ({@code unshare -U}), where it is nobody and still owns the files root owns.
     */
    private List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(program(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private Path program(String name) {
        return home.resolve("bin").resolve(isWindows() ? name + ".exe" : name);
    }

    private boolean complete() {
        return PROGRAMS.stream().allMatch(name -> Files.isExecutable(program(name)));
    }

    /** Unpacks into a folder of its own, then renames it into place: nobody ever sees half the binaries. */
    private void ensureUnpacked() {
        if (complete()) {
            return;
        }
        try {
            Files.createDirectories(home.getParent());
            Path unpacking = Files.createTempDirectory(home.getParent(), "unpacking-");
            extract(readArchive(), unpacking);
            deleteRecursively(home); // what a temp cleaner left of an earlier copy
            try {
                Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("PostgreSQL binaries unpacked into {}", home);
            } catch (IOException renamed) {
                deleteRecursively(unpacking);
                if (!complete()) {
                    throw renamed;
                }
                // another JVM unpacked the same binaries at the same time: its copy serves
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries into " + home, e);
        }
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(
                new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("the PostgreSQL archive holds a path outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.copy(tar, path);
                    permissions(path, entry.getMode());
                }
            }
        }
    }

    private static void permissions(Path path, int mode) throws IOException {
        if (isWindows()) {
            return;
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ … OTHERS_EXECUTE, highest bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        Files.setPosixFilePermissions(path, permissions);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file: the system's cleaner takes it
        }
    }

    private static byte[] readArchive() {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(), architecture())) {
            return archive.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the PostgreSQL binaries from the classpath", e);
        }
    }

    private static String system() {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "Windows" : name.startsWith("mac") ? "Darwin" : "Linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static boolean isWindows() {
        return "Windows".equals(system());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
