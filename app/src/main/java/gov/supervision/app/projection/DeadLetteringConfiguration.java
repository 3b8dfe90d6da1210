package gov.supervision.app.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections' processors treat an event they cannot apply. Axon's Spring Boot autoconfiguration gives each
 * processing group whose {@code axon.eventhandling.processors.<name>.dlq.enabled} is set (application.yml) a
 * {@code JdbcSequencedDeadLetterQueue} on {@code dead_letter_entry}; what no property says is set here, for those
 * same groups:
 * <ul>
 *   <li>what is parked and with which words ({@link ParkingPolicy});</li>
 *   <li>a reset empties the group's queue in the reset's transaction, as it empties the projection's tables: a
 *       rebuild replays every event, so letters parked before it say nothing of the rebuilt tables (and would hold
 *       back the replay of their tasks);</li>
 *   <li>the handler invoker remembers, per segment, which tasks have letters, so an event of a task without any is
 *       not looked up in the queue first (Axon's {@code dlq.cache}, set here since this configuration of the invoker
 *       would replace the one that property makes).</li>
 * </ul>
 * Every projection's processor also reports its failed batches to {@link ProcessorFailures} (health, status).
 */
@Configuration(proxyBeanMethods = false)
class DeadLetteringConfiguration {

    @Bean
    ConfigurerModule projectionDeadLettering(EventProcessorProperties properties, Projections projections,
                                             ProcessorFailures failures) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            projections.names().forEach(name -> processing.registerErrorHandler(name,
                    configuration -> failures.errorHandler(name)));
            properties.getProcessors().forEach((group, settings) -> {
                if (settings.getDlq().isEnabled()) {
                    processing.registerDeadLetterPolicy(group, configuration -> new ParkingPolicy(group))
                            .registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) ->
                                    invoker.allowReset(true)
                                            .enableSequenceIdentifierCache()
                                            .sequenceIdentifierCacheSize(settings.getDlq().getCache().getSize()));
                }
            });
        };
    }
}
