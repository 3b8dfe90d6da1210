package gov.supervision.app.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what becomes of an event a projection's handler failed on: it is parked as a dead letter, its cause the
 * failure's type and its text for the operator ({@link FailureText}); the log keeps the whole failure. A failure
 * that passes by itself (a broken connection, a deadlock, a timeout) is not parked on first delivery: the batch
 * fails and the processor retries it, as without a dead-letter queue. A letter being retried by hand is parked again
 * whatever failed: dropping it is the operator's decision (evict), never the policy's.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ParkingPolicy.class);

    private final String projection;

    ParkingPolicy(String projection) {
        this.projection = projection;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        boolean retried = letter instanceof JdbcDeadLetter;
        if (!retried && FailureText.isTransient(cause)) {
            LOG.warn("Projection {} failed on {} and retries it: the failure should pass", projection,
                    describe(letter.message()), cause);
            throw cause instanceof RuntimeException runtime ? runtime : new ProjectionFailed(cause);
        }
        String text = FailureText.of(cause);
        LOG.error("Projection {} {} {}: {}", projection, retried ? "failed again on, and parks again," : "parks",
                describe(letter.message()), text, cause);
        return Decisions.enqueue(new ThrowableCause(cause.getClass().getName(), text));
    }

    static String describe(EventMessage<?> event) {
        String type = event.getPayloadType().getSimpleName();
        return event instanceof DomainEventMessage<?> domain
                ? "%s of %s at sequence %d (event %s)".formatted(type, domain.getAggregateIdentifier(),
                domain.getSequenceNumber(), event.getIdentifier())
                : "%s (event %s)".formatted(type, event.getIdentifier());
    }

    /** A checked failure that passes, rethrown so the batch fails and is retried. */
    static final class ProjectionFailed extends RuntimeException {
        ProjectionFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
