package gov.supervision.app.audit.verification;

import gov.supervision.app.audit.chain.ChainHash;
import gov.supervision.app.audit.chain.EventContent;
import gov.supervision.app.audit.verification.ChainBreak.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first break of a chain, and why, for each way rows can be changed behind the engine's back. */
class ChainCheckTest {

    static final String TASK = "8d468d9c-0458-33b8-908a-5d3a943343d7";

    @Test
    void anUntouchedChainHasNoBreak() {
        assertThat(new ChainCheck(chain(5)).firstBreak()).isEmpty();
    }

    @Test
    void anAlteredPayloadBreaksTheChainAtThatEventOnly() {
        List<StoredEvent> chain = chain(5);
        chain.set(2, new StoredEvent(content(2, "{\"n\":2,\"responsiblePerson\":\"王五\"}"), chain.get(2).chainHash()));

        assertThat(firstBreak(chain)).extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(2L, Reason.CONTENT_ALTERED);
    }

    @Test
    void aRemovedEventIsMissingAtItsSequenceAndTheFirstOneToo() {
        List<StoredEvent> middle = chain(5);
        middle.remove(3);
        List<StoredEvent> first = chain(5);
        first.remove(0);

        assertThat(firstBreak(middle)).extracting(ChainBreak::sequence, ChainBreak::reason, ChainBreak::detail)
                .containsExactly(3L, Reason.EVENT_MISSING,
                        "event missing: sequence 3 is absent, the chain goes from 2 to 4");
        assertThat(firstBreak(first)).extracting(ChainBreak::sequence, ChainBreak::detail)
                .containsExactly(0L, "event missing: the chain starts at sequence 1, not 0");
    }

    @Test
    void aRemovedEventWithTheLaterOnesRenumberedIsAnAlteredChain() {
        List<StoredEvent> chain = chain(5);
        chain.remove(1);
        for (int i = 1; i < chain.size(); i++) {
            StoredEvent moved = chain.get(i);
            chain.set(i, new StoredEvent(moved.content().atSequence(i), moved.chainHash()));
        }

        assertThat(firstBreak(chain)).extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(1L, Reason.CONTENT_ALTERED);
    }

    @Test
    void eventsThatChangedPlacesAreReordered() {
        List<StoredEvent> chain = chain(5);
        StoredEvent one = chain.get(1);
        StoredEvent three = chain.get(3);
        chain.set(1, new StoredEvent(three.content().atSequence(1), three.chainHash()));
        chain.set(3, new StoredEvent(one.content().atSequence(3), one.chainHash()));

        assertThat(firstBreak(chain)).extracting(ChainBreak::sequence, ChainBreak::reason, ChainBreak::detail)
                .containsExactly(1L, Reason.EVENTS_REORDERED,
                        "events reordered: the event stored at sequence 1 was chained at sequence 3");
    }

    @Test
    void payloadsThatChangedPlacesAreReordered() {
        List<StoredEvent> chain = chain(5);
        StoredEvent two = chain.get(2);
        StoredEvent four = chain.get(4);
        chain.set(2, new StoredEvent(two.content().withPayloadOf(four.content()), two.chainHash()));
        chain.set(4, new StoredEvent(four.content().withPayloadOf(two.content()), four.chainHash()));

        assertThat(firstBreak(chain)).extracting(ChainBreak::sequence, ChainBreak::reason, ChainBreak::detail)
                .containsExactly(2L, Reason.EVENTS_REORDERED,
                        "events reordered: the payload chained at sequence 2 is stored at sequence 4");
    }

    @Test
    void anEventWithoutAHashIsNamed() {
        List<StoredEvent> chain = chain(3);
        chain.set(1, new StoredEvent(chain.get(1).content(), null));

        assertThat(firstBreak(chain)).extracting(ChainBreak::sequence, ChainBreak::reason)
                .containsExactly(1L, Reason.NO_CHAIN_HASH);
    }

    @Test
    void aWholeChainRecomputedAfterAnAlterationIsNotSeenByTheChainAlone() {
        List<StoredEvent> chain = chain(3);
        List<StoredEvent> forged = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (StoredEvent event : chain) {
            EventContent content = event.sequence() == 1 ? content(1, "{\"forged\":true}") : event.content();
            previous = ChainHash.next(previous, content);
            forged.add(new StoredEvent(content, previous));
        }

        // what the chain cannot see, the plan digest must: the last hash differs
        assertThat(new ChainCheck(forged).firstBreak()).isEmpty();
        assertThat(forged.get(2).chainHash()).isNotEqualTo(chain.get(2).chainHash());
    }

    private static ChainBreak firstBreak(List<StoredEvent> chain) {
        return new ChainCheck(chain).firstBreak().orElseThrow(() -> new AssertionError("no break found"));
    }

    /** A task's chain of {@code length} events, hashed as the engine writes them. */
    private static List<StoredEvent> chain(int length) {
        List<StoredEvent> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int sequence = 0; sequence < length; sequence++) {
            EventContent content = content(sequence, "{\"n\":" + sequence + ",\"responsiblePerson\":\"李四\"}");
            previous = ChainHash.next(previous, content);
            chain.add(new StoredEvent(content, previous));
        }
        return chain;
    }

    private static EventContent content(long sequence, String json) {
        return new EventContent(TASK, "SupervisedTask", sequence, "event-" + sequence,
                "gov.supervision.command.task.api.Event" + sequence, "1", json.getBytes(StandardCharsets.UTF_8),
                "2027-01-12T06:00:0" + sequence + ".000Z");
    }
}
