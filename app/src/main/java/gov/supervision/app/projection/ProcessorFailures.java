package gov.supervision.app.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batches a projection's processor failed on, and whether it is still failing. With dead letters, an event a
 * handler cannot apply is parked; a batch fails only when the engine cannot process at all (the database is gone,
 * a dead letter cannot be parked, a failure that should pass does not). A pooled processor then releases its
 * segment and retries after a pause, so its segments show an error only for a moment: this remembers the failure
 * until the processor gets past the position it failed at (or the projection is rebuilt).
 */
@Component
public class ProcessorFailures {

    /** The last failed batch of a processor, and the position it had then (null: it held no segment). */
    record Failure(Instant at, String error, Long position) {
    }

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    ProcessorFailures(ObjectProvider<EventProcessingConfiguration> processing) {
        this.processing = processing;
    }

    /** The processor's error handler: notes the failure, then fails the batch as Axon's default does. */
    ErrorHandler errorHandler(String processor) {
        return context -> {
            OptionalLong position = position(processor);
            failures.put(processor, new Failure(clock.instant(), FailureText.of(context.error()),
                    position.isPresent() ? position.getAsLong() : null));
            PropagatingErrorHandler.instance().handleError(context);
        };
    }

    /** Why the projection's processor is failing now, if it is: a segment in error, or a failure not yet got past. */
    public Optional<String> current(String projection) {
        Optional<StreamingEventProcessor> processor = processor(projection);
        if (processor.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> inError = processor.get().processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .map(status -> status.getError() == null ? "unknown error" : FailureText.of(status.getError()))
                .findFirst();
        if (inError.isPresent()) {
            return inError;
        }
        Failure failure = failures.get(projection);
        if (failure == null) {
            return Optional.empty();
        }
        OptionalLong now = position(projection);
        if (now.isPresent() && (failure.position() == null || now.getAsLong() > failure.position())) {
            failures.remove(projection, failure);
            return Optional.empty();
        }
        return Optional.of(failure.error());
    }

    /** A rebuild starts the projection afresh: what failed before says nothing of the replay. */
    void forget(String projection) {
        failures.remove(projection);
    }

    private OptionalLong position(String projection) {
        return processor(projection).map(processor -> processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition).filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong).min())
                .orElse(OptionalLong.empty());
    }

    private Optional<StreamingEventProcessor> processor(String projection) {
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        return configuration == null ? Optional.empty()
                : configuration.eventProcessorByProcessingGroup(projection, StreamingEventProcessor.class);
    }
}
