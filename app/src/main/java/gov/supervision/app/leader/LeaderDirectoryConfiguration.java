package gov.supervision.app.leader;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class LeaderDirectoryConfiguration {

    @Bean
    LeaderDirectory leaderDirectory(@Value("${supervision.leader-directory}") Resource csv) {
        return LeaderDirectory.read(csv);
    }
}
