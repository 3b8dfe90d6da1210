package gov.supervision.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded test database hands out a new physical connection each time one is asked for; the engine asks for
 * one per Camunda command. A pool in front of it, as the application has in production, keeps each test engine's
 * start and its steps as fast as they are there.
 */
@TestConfiguration(proxyBeanMethods = false)
class PooledTestDataSource implements DisposableBean {

    private final List<HikariDataSource> pools = new ArrayList<>();

    @Bean
    static BeanPostProcessor poolTheTestDatabase(PooledTestDataSource owner) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource unpooled && !(bean instanceof HikariDataSource)) {
                    HikariConfig config = new HikariConfig();
                    config.setDataSource(unpooled);
                    config.setPoolName("test-" + name);
                    config.setMaximumPoolSize(20);
                    HikariDataSource pool = new HikariDataSource(config);
                    owner.pools.add(pool);
                    return pool;
                }
                return bean;
            }
        };
    }

    @Override
    public void destroy() {
        pools.forEach(HikariDataSource::close);
    }
}
