package gov.supervision.app.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, the engine runs on an embedded PostgreSQL (zonky's binaries from Maven),
 * so the README's first command needs nothing installed. Setting the URL, user and password (environment
 * variables work) runs the same engine on a PostgreSQL server instead, and this configuration stays out.
 *
 * <p>The order of the beans is the order of shutdown: the pool and everything that uses it (Axon's processors,
 * Camunda's job executor) depend on the server, so Spring stops them first, then the watchdog, then the server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedPostgresProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean(destroyMethod = "stop")
    EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgresServer server) {
        return new EmbeddedPostgresWatchdog(server);
    }

    @Bean
    HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedPostgresProperties properties) {
        return new EmbeddedPostgresPool(server, properties.database());
    }

    /** Matches when no server is configured: the embedded default. */
    static final class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
