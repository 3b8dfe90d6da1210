package gov.supervision.app.unit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class UnitDirectoryConfiguration {

    @Bean
    UnitDirectory unitDirectory(@Value("${supervision.unit-directory}") Resource csv) {
        return UnitDirectory.read(csv);
    }
}
