package gov.supervision.app.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * With no {@code spring.datasource.url}, the engine runs on an embedded PostgreSQL (zonky's binaries from Maven),
 * so the README's first command needs nothing installed. Setting the URL, user and password (environment
 * variables work) runs the same engine on a PostgreSQL server instead, and this configuration stays out.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean
    DataSource dataSource(EmbeddedPostgresProperties properties) {
        return new EmbeddedPostgresDataSource(properties);
    }

    /** A pool over a PostgreSQL server this bean starts, and stops when the pool closes. */
    static final class EmbeddedPostgresDataSource extends HikariDataSource {

        private final EmbeddedPostgres postgres;

        EmbeddedPostgresDataSource(EmbeddedPostgresProperties properties) {
            Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
            String password = EmbeddedDatabasePassword.of(dataDirectory);
            this.postgres = start(dataDirectory, properties, password);
            requirePassword(dataDirectory, password);
            createDatabaseIfMissing(properties.database());
            setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
            setUsername("postgres");
            setPassword(password);
            setPoolName("embedded-postgres");
            setMaximumPoolSize(20);
            LOG.info("Embedded PostgreSQL {} on port {}, data in {}; its password is in {} "
                            + "(PGPASSWORD=$(cat {}) psql -h localhost -p {} -U postgres {})",
                    properties.database(), properties.port(), dataDirectory,
                    EmbeddedDatabasePassword.file(dataDirectory), EmbeddedDatabasePassword.file(dataDirectory),
                    properties.port(), properties.database());
        }

        /**
         * The first start (zonky's initdb trusts local connections) or a folder of an earlier version: set the
         * superuser's password, then require it of every connection from now on.
         */
        private void requirePassword(Path dataDirectory, String password) {
            try {
                if (!EmbeddedDatabasePassword.trusting(dataDirectory)) {
                    EmbeddedDatabasePassword.requireIt(dataDirectory);
                    return;
                }
                EmbeddedDatabasePassword.keep(dataDirectory, password);
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
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

        private static EmbeddedPostgres start(Path dataDirectory, EmbeddedPostgresProperties properties,
                                              String password) {
            int port = properties.port();
            try {
                Files.createDirectories(dataDirectory);
                return EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("listen_addresses", "localhost")
                        .setServerConfig("max_connections", "100")
                        // every connection this server takes needs the folder's password (trusted only at initdb)
                        .setConnectConfig("password", password)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory
                        + " on port " + port + " (another engine using the same folder or port?)", e);
            } catch (OverlappingFileLockException e) {
                // this JVM holds the folder's lock already
                throw new EmbeddedDatabaseInUse(dataDirectory, port, properties.database());
            } catch (IllegalStateException e) {
                // zonky's "could not lock <data>/epg-lock": another process holds the folder
                if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                    throw new EmbeddedDatabaseInUse(dataDirectory, port, properties.database());
                }
                throw e;
            }
        }

        private void createDatabaseIfMissing(String database) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                var exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'");
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\" TEMPLATE template0 ENCODING 'UTF8'");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not create database " + database, e);
            }
        }

        @Override
        public void close() {
            super.close();
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    /** Matches when no server is configured: the embedded default. */
    static final class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
