package gov.supervision.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded default database: a real PostgreSQL run from Maven artifacts when no
 * {@code spring.datasource.url} is set.
 *
 * @param dataDirectory   where its data lives; it survives restarts
 * @param port            the port it listens on (loopback only)
 * @param database        the database the engine uses
 * @param unsafeSkipFsync runs the server without fsync, synchronous_commit and full_page_writes: faster, and a crash
 *                        can lose answered commands or corrupt the database. For throwaway test databases only
 */
@ConfigurationProperties("supervision.embedded-postgres")
record EmbeddedPostgresProperties(String dataDirectory, int port, String database, boolean unsafeSkipFsync) {

    EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? "./data" : dataDirectory;
        port = port == 0 ? 15432 : port;
        database = database == null ? "supervision" : database;
    }
}
