package gov.supervision.app.config;

import java.nio.file.Path;

/**
 * The embedded default's port is taken by something that is not the server of its data folder: another PostgreSQL
 * (another engine's, say) or another program. The engine works only on the database in its own folder, so it does
 * not start, rather than write into someone else's database.
 */
public class EmbeddedDatabasePortTaken extends EmbeddedDatabaseUnavailable {

    EmbeddedDatabasePortTaken(int port, String holder, Path dataDirectory) {
        super(("port %d on localhost is taken by %s, not by the embedded database in %s (the engine uses only the "
                        + "database in its own data folder)").formatted(port, holder, dataDirectory),
                "stop it, or give this engine a free port with --supervision.embedded-postgres.port=<port> "
                        + "(environment variable SUPERVISION_EMBEDDED_POSTGRES_PORT)");
    }
}
