package gov.supervision.app.projection;

import gov.supervision.app.web.Conflict;
import gov.supervision.app.web.NotFound;
import gov.supervision.query.projection.api.Projection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The projections' dead letters: listed, retried and evicted. Each projection's processing group has its own
 * sequenced queue (Axon's {@code JdbcSequencedDeadLetterQueue}), in which the events of one task form one sequence:
 * the first event the projection failed on, and every later event of the same task, parked behind it in order so
 * that the task's row never skips an event. Other tasks go on.
 * <ul>
 *   <li>A <b>retry</b> takes a sequence from its first letter: each letter is handed to the projection's handlers
 *       again, in its own savepoint, and evicted once applied; at the first that fails again the retry stops, and
 *       that letter and those behind it stay parked, its cause and time updated.</li>
 *   <li>An <b>evict</b> removes one letter for good: the projection never applies that event (until it is
 *       rebuilt). The letters behind it stay parked until their sequence is retried.</li>
 * </ul>
 * Letters live in the database, so the engine or the command line may work them, on any engine instance: a retry
 * claims its sequence, and another retry of it meanwhile finds it claimed.
 */
@Service
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Projections projections;
    private final EventProcessingConfiguration processing;

    DeadLetters(Projections projections, EventProcessingConfiguration processing) {
        this.projections = projections;
        this.processing = processing;
    }

    /** Every parked letter, by projection (in the order of their names), then sequence, the longest waiting first. */
    public List<ParkedLetter> all() {
        List<ParkedLetter> letters = new ArrayList<>();
        projections.all().forEach(projection -> letters.addAll(of(projection)));
        return letters;
    }

    /** @throws NotFound for a name no projection has */
    public List<ParkedLetter> of(String projection) {
        return of(require(projection));
    }

    /** How many letters the projection has parked. */
    public long count(String projection) {
        return queue(require(projection)).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** The first letter of the longest waiting sequence, if any is parked. */
    public Optional<ParkedLetter> first(String projection) {
        Projection declared = require(projection);
        return queue(declared).flatMap(queue -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    return Optional.of(view(declared.name(), letter, 0));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The letters of one parked sequence, in order.
     *
     * @throws NotFound for an unknown projection, or a sequence of which nothing is parked
     */
    public List<ParkedLetter> sequence(String projection, String sequenceId) {
        Projection declared = require(projection);
        List<ParkedLetter> letters = new ArrayList<>();
        int index = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : letters(declared, sequenceId)) {
            letters.add(view(declared.name(), letter, index++));
        }
        if (letters.isEmpty()) {
            throw nothingParked(declared.name(), sequenceId);
        }
        return letters;
    }

    /**
     * Retries a parked sequence from its first letter, as the projection's processor would apply its events.
     *
     * @return how many letters were applied (and evicted), and what is still parked of the sequence (normally
     * nothing; an event of the task that arrived meanwhile may be)
     * @throws NotFound for an unknown projection, or a sequence of which nothing is parked
     * @throws Conflict when the first letter fails again (it and those behind it stay parked), or another retry of the
     *                  sequence is under way
     */
    public Retried retry(String projection, String sequenceId) {
        Projection declared = require(projection);
        List<ParkedLetter> before = sequence(declared.name(), sequenceId);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(declared.name())
                .orElseThrow(() -> new Conflict("projection %s parks no dead letters here".formatted(projection)));
        LOG.info("Retrying the {} parked letters of sequence {} of projection {}", before.size(), sequenceId,
                declared.name());
        boolean applied = processor.process(letter -> letter instanceof JdbcDeadLetter<?> jdbc
                && sequenceId.equals(jdbc.getSequenceIdentifier()));
        List<ParkedLetter> after = remaining(declared, sequenceId);
        int retried = (int) before.stream().filter(letter -> after.stream()
                .noneMatch(left -> left.eventId().equals(letter.eventId()))).count();
        if (!applied && !after.isEmpty()) {
            ParkedLetter first = after.get(0);
            ParkedLetter was = before.stream().filter(letter -> letter.eventId().equals(first.eventId()))
                    .findFirst().orElse(null);
            boolean triedNow = was == null || !Objects.equals(was.lastTriedAt(), first.lastTriedAt());
            throw new Conflict(triedNow
                    ? "%s: %s still fails: %s; %d applied, %d still parked".formatted(declared.name(),
                    first.event(), first.cause(), retried, after.size())
                    : "%s: sequence %s is being retried elsewhere (an engine instance or the command line claimed it); "
                    .formatted(declared.name(), sequenceId) + "try again in a minute");
        }
        LOG.info("Projection {} applied {} parked letters of sequence {}; {} still parked", declared.name(), retried,
                sequenceId, after.size());
        return new Retried(declared.name(), sequenceId, retried, after);
    }

    /**
     * Evicts one letter: the projection never applies that event (until it is rebuilt).
     *
     * @param aggregateSequence the event's sequence number in its aggregate
     * @return the evicted letter
     * @throws NotFound for an unknown projection, or no such letter in the sequence
     */
    public ParkedLetter evict(String projection, String sequenceId, long aggregateSequence, String by) {
        Projection declared = require(projection);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(declared)
                .orElseThrow(() -> nothingParked(declared.name(), sequenceId));
        int index = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : letters(declared, sequenceId)) {
            ParkedLetter parked = view(declared.name(), letter, index++);
            if (parked.aggregateSequence() != null && parked.aggregateSequence() == aggregateSequence) {
                queue.evict(letter);
                LOG.warn("{} evicted the parked letter {} of projection {} (event {}): the projection will not apply "
                        + "it until it is rebuilt", by, parked.event(), declared.name(), parked.eventId());
                return parked;
            }
        }
        throw new NotFound("projection %s has no parked letter of %s at sequence %d".formatted(declared.name(),
                sequenceId, aggregateSequence));
    }

    /** The outcome of a retry. Relied on from outside (REST and CLI). */
    public record Retried(String projection, String sequenceId, int applied, List<ParkedLetter> deadLetters) {
    }

    private List<ParkedLetter> remaining(Projection projection, String sequenceId) {
        List<ParkedLetter> letters = new ArrayList<>();
        int index = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : letters(projection, sequenceId)) {
            letters.add(view(projection.name(), letter, index++));
        }
        return letters;
    }

    private List<ParkedLetter> of(Projection projection) {
        List<ParkedLetter> letters = new ArrayList<>();
        queue(projection).ifPresent(queue -> {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                int index = 0;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    letters.add(view(projection.name(), letter, index++));
                }
            }
        });
        return letters;
    }

    private Iterable<DeadLetter<? extends EventMessage<?>>> letters(Projection projection, String sequenceId) {
        return queue(projection).map(queue -> queue.deadLetterSequence(sequenceId))
                .orElse(List.of());
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(Projection projection) {
        return processing.deadLetterQueue(projection.name());
    }

    private Projection require(String name) {
        return projections.find(name).orElseThrow(() -> new NotFound("no projection %s; there are %s"
                .formatted(name, projections.names())));
    }

    private static NotFound nothingParked(String projection, String sequenceId) {
        return new NotFound("projection %s has no parked letters of %s".formatted(projection, sequenceId));
    }

    private static ParkedLetter view(String projection, DeadLetter<? extends EventMessage<?>> letter, int index) {
        EventMessage<?> event = letter.message();
        String sequenceId = letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null;
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        OptionalLong global = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position() : OptionalLong.empty();
        return new ParkedLetter(projection, sequenceId, index, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                global.isPresent() ? global.getAsLong() : null, event.getTimestamp(), letter.enqueuedAt(),
                letter.lastTouched(), letter.cause().map(Cause::message).orElse(null));
    }
}
