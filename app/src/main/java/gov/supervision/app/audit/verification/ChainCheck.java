package gov.supervision.app.audit.verification;

import gov.supervision.app.audit.chain.ChainHash;
import gov.supervision.app.audit.chain.EventContent;
import gov.supervision.app.audit.verification.ChainBreak.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Recomputes one aggregate's chain from its stored rows, in sequence order, and finds the first event that breaks
 * it. Each event is checked against the hash stored with the event before it, so one altered event breaks the chain
 * at that event only. To say how it broke, a mismatching event is tried at the other places of its chain.
 */
final class ChainCheck {

    /** Trying an event at every place costs (events)² hashes; longer chains are only called altered. */
    private static final int MAX_EVENTS_TO_PLACE = 300;

    private final List<StoredEvent> events;

    ChainCheck(List<StoredEvent> events) {
        this.events = events;
    }

    Optional<ChainBreak> firstBreak() {
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            if (event.sequence() < i) {
                return broken(event, event.sequence(), Reason.CONTENT_ALTERED,
                        "content altered: sequence number %d is out of range".formatted(event.sequence()));
            }
            if (event.sequence() > i) {
                return broken(event, i, Reason.EVENT_MISSING, i == 0
                        ? "event missing: the chain starts at sequence %d, not 0".formatted(event.sequence())
                        : "event missing: sequence %d is absent, the chain goes from %d to %d"
                        .formatted(i, i - 1, event.sequence()));
            }
            if (event.chainHash() == null) {
                return broken(event, i, Reason.NO_CHAIN_HASH,
                        "no chain hash: written before chaining existed, or its hash was removed");
            }
            if (!ChainHash.next(previous, event.content()).equals(event.chainHash())) {
                return Optional.of(mismatch(i, previous));
            }
            previous = event.chainHash();
        }
        return Optional.empty();
    }

    private ChainBreak mismatch(int index, String previous) {
        StoredEvent event = events.get(index);
        return movedEvent(event).or(() -> movedPayload(event, previous))
                .map(detail -> breakAt(event, index, Reason.EVENTS_REORDERED, detail))
                .orElseGet(() -> breakAt(event, index, Reason.CONTENT_ALTERED, "content altered: the stored hash "
                        + "does not match the event (its payload, type, time or identifiers were changed, or an "
                        + "earlier event was removed and the later ones renumbered)"));
    }

    /** The row is intact but was chained at another sequence: sequence numbers were swapped or changed. */
    private Optional<String> movedEvent(StoredEvent event) {
        if (events.size() > MAX_EVENTS_TO_PLACE) {
            return Optional.empty();
        }
        List<String> links = new ArrayList<>(List.of(ChainHash.GENESIS));
        events.stream().map(StoredEvent::chainHash).filter(h -> h != null).forEach(links::add);
        for (StoredEvent place : events) {
            EventContent moved = event.content().atSequence(place.sequence());
            if (place != event && links.stream().anyMatch(link -> ChainHash.next(link, moved)
                    .equals(event.chainHash()))) {
                return Optional.of("events reordered: the event stored at sequence %d was chained at sequence %d"
                        .formatted(event.sequence(), place.sequence()));
            }
        }
        return Optional.empty();
    }

    /** The row's place is intact but holds another row's payload: payloads were swapped or copied. */
    private Optional<String> movedPayload(StoredEvent event, String previous) {
        List<BiFunction<EventContent, EventContent, EventContent>> exchanges =
                List.of(EventContent::withPayloadOf, EventContent::withTypedPayloadOf, EventContent::withEventOf);
        for (StoredEvent other : events) {
            for (var exchange : exchanges) {
                if (other != event && ChainHash.next(previous, exchange.apply(event.content(), other.content()))
                        .equals(event.chainHash())) {
                    return Optional.of("events reordered: the payload chained at sequence %d is stored at sequence %d"
                            .formatted(event.sequence(), other.sequence()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ChainBreak> broken(StoredEvent event, long sequence, Reason reason, String detail) {
        return Optional.of(new ChainBreak(event.content().aggregateIdentifier(), event.content().aggregateType(),
                sequence, reason, detail));
    }

    private static ChainBreak breakAt(StoredEvent event, long sequence, Reason reason, String detail) {
        return broken(event, sequence, reason, detail).orElseThrow();
    }
}
