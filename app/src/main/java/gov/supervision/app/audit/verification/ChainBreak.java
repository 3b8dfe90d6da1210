package gov.supervision.app.audit.verification;

/**
 * The first event at which an aggregate's chain breaks.
 *
 * @param aggregateType {@code SupervisedTask}, {@code Plan}, or {@code null} when unknown
 * @param sequence      the sequence number of the event that breaks the chain (for a missing event: its number)
 * @param detail        what was found, in a sentence
 */
public record ChainBreak(String aggregateId, String aggregateType, long sequence, Reason reason, String detail) {

    public enum Reason {
        /** the stored hash does not match the event's content: payload, type, time or identifiers changed */
        CONTENT_ALTERED,
        /** a sequence number is missing: the event was removed */
        EVENT_MISSING,
        /** the event, or its payload, was chained at another sequence: events swapped or moved */
        EVENTS_REORDERED,
        /** the event has no chain hash: written before chaining existed, or its hash was removed */
        NO_CHAIN_HASH
    }

    /** How the command line names it: {@code task <id>}, {@code plan <number>} or {@code aggregate <id>}. */
    public String aggregateName() {
        String kind = "SupervisedTask".equals(aggregateType) ? "task" : "Plan".equals(aggregateType) ? "plan"
                : "aggregate";
        return kind + " " + aggregateId;
    }
}
