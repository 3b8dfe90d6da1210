package gov.supervision.app.config;

import gov.supervision.process.ProcessClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** One clock for the engine: the time commands from the API carry is the process engine's time. */
    @Bean
    Clock clock() {
        return ProcessClock.INSTANCE;
    }
}
