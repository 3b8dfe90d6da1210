package gov.supervision.app.audit.chain;

/**
 * What an event's chain hash covers: its row in the event table exactly as stored, except the metadata column,
 * which holds the hash itself. The actor of every event is a field of its payload, so the payload covers it.
 *
 * @param aggregateType the {@code type} column: the aggregate's type name, {@code null} for an event of no aggregate
 * @param payloadRevision {@code null} when the payload type has no revision
 * @param payload         the payload bytes as stored (the JSON as written, never an upcasted form)
 * @param timeStamp       the {@code time_stamp} column as stored (ISO-8601 text)
 */
public record EventContent(
        String aggregateIdentifier,
        String aggregateType,
        long sequenceNumber,
        String eventIdentifier,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        String timeStamp) {

    /** The same event as if it were stored at another sequence number. */
    public EventContent atSequence(long sequence) {
        return new EventContent(aggregateIdentifier, aggregateType, sequence, eventIdentifier, payloadType,
                payloadRevision, payload, timeStamp);
    }

    /** This event's place (aggregate, sequence) holding the payload of {@code other}. */
    public EventContent withPayloadOf(EventContent other) {
        return new EventContent(aggregateIdentifier, aggregateType, sequenceNumber, eventIdentifier, payloadType,
                payloadRevision, other.payload, timeStamp);
    }

    /** This event's place (aggregate, sequence) holding the payload of {@code other}, with its type and revision. */
    public EventContent withTypedPayloadOf(EventContent other) {
        return new EventContent(aggregateIdentifier, aggregateType, sequenceNumber, eventIdentifier, other.payloadType,
                other.payloadRevision, other.payload, timeStamp);
    }

    /** This event's place (aggregate, sequence) holding everything else of {@code other}. */
    public EventContent withEventOf(EventContent other) {
        return new EventContent(aggregateIdentifier, other.aggregateType, sequenceNumber, other.eventIdentifier,
                other.payloadType, other.payloadRevision, other.payload, other.timeStamp);
    }
}
