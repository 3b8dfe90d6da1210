package gov.supervision.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded database's password: generated on its first start, kept in its data folder in a file only its owner
 * may read ({@value #FILE}), and required of every connection, local ones too (PostgreSQL's "trust" is gone from
 * its pg_hba.conf). Anyone who can read that file can reach the database: the data folder is the secret.
 */
final class EmbeddedDatabasePassword {

    static final String FILE = "supervision-db-password";

    private EmbeddedDatabasePassword() {
    }

    static Path file(Path dataDirectory) {
        return dataDirectory.resolve(FILE);
    }

    /** The folder's password, or a new one (written by {@link #keep} once the server made its folder). */
    static String of(Path dataDirectory) {
        Path file = file(dataDirectory);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded database's password in " + file, e);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Writes the password into the folder, readable by its owner only, unless it is there already. */
    static void keep(Path dataDirectory, String password) throws IOException {
        Path file = file(dataDirectory);
        if (!Files.exists(file)) {
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            ownerOnly(file);
        }
    }

    static void ownerOnly(Path file) throws IOException {
        ownerOnly(file, "rw-------");
    }

    static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the folder's own permissions protect it
        }
    }

    /** Requires a password of every connection, over the socket and over TCP alike. */
    static void requireIt(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        String required = """
                # Written by the supervision engine: every connection needs the password (%s in this folder).
                # TYPE  DATABASE  USER  ADDRESS       METHOD
                local   all       all                 scram-sha-256
                host    all       all   127.0.0.1/32  scram-sha-256
                host    all       all   ::1/128       scram-sha-256
                """.formatted(FILE);
        if (!Files.exists(hba) || !Files.readString(hba, StandardCharsets.UTF_8).equals(required)) {
            Files.writeString(hba, required, StandardCharsets.UTF_8);
            ownerOnly(hba);
        }
    }

    /** Whether the folder's server still lets connections in without a password (made by an earlier version). */
    static boolean trusting(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.startsWith("#") && !line.isEmpty())
                .anyMatch(line -> line.endsWith("trust"));
    }
}
