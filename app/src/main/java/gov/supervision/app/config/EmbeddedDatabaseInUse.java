package gov.supervision.app.config;

import java.nio.file.Path;

/**
 * The embedded default's data folder is held by another process, a running engine most likely: PostgreSQL opens a
 * data folder once. Says how to reach that engine's database instead, since a command can share it.
 */
public class EmbeddedDatabaseInUse extends EmbeddedDatabaseUnavailable {

    EmbeddedDatabaseInUse(Path dataDirectory, int port, String database) {
        super(("the embedded database in %s is in use, by a running engine most likely (PostgreSQL opens a data "
                        + "folder once)").formatted(dataDirectory),
                ("stop that engine, or point this at its database with "
                        + "--spring.datasource.url=jdbc:postgresql://localhost:%d/%s --spring.datasource.username=postgres "
                        + "--spring.datasource.password=$(cat %s)")
                        .formatted(port, database, dataDirectory.resolve(EmbeddedDatabasePassword.FILE)));
    }
}
