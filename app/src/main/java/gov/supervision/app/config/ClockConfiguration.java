package gov.supervision.app.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The time commands from the API are stamped with; tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
