package gov.supervision.app.config;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import java.time.Duration;

/**
 * The engine's pool over the embedded server. After a restart of the server it needs nothing: it drops the broken
 * connections and opens new ones. On close it first lets the connections still in use come back, for a few seconds
 * at most: Axon's event store stops its reader without waiting for the read under way, which Hikari would cut off.
 */
final class EmbeddedPostgresPool extends HikariDataSource {

    private static final Duration RETURN_WAIT = Duration.ofSeconds(5);

    EmbeddedPostgresPool(EmbeddedPostgresServer server, String database) {
        setJdbcUrl(server.jdbcUrl(database));
        setUsername(server.username());
        setPassword(server.password());
        setPoolName("embedded-postgres");
        setMaximumPoolSize(20);
        // an outage fails fast, as spring.datasource.hikari.* makes it on a server: no connection within 2 s is a
        // 503 answer and health DOWN, instead of a 30 s hang
        setConnectionTimeout(2000);
        setValidationTimeout(1000);
        addDataSourceProperty("connectTimeout", "2");
    }

    @Override
    public void close() {
        HikariPoolMXBean pool = getHikariPoolMXBean();
        long deadline = System.nanoTime() + RETURN_WAIT.toNanos();
        while (pool != null && pool.getActiveConnections() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        super.close();
    }
}
