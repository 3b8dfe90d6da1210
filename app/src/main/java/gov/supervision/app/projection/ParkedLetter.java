package gov.supervision.app.projection;

import java.time.Instant;

/**
 * An event a projection could not apply, parked as a dead letter. Relied on from outside (REST and CLI): fields may
 * be added, never renamed or removed.
 *
 * @param projection        the projection (its processing group) that parked it
 * @param sequenceId        the parked sequence it belongs to: the aggregate the event is of (a task's id); the
 *                          projection applies none of the sequence's later events until this sequence is retried
 * @param index             its place in that sequence, from 0: the first failed, the later ones wait behind it
 * @param eventId           the event's identifier in the event log
 * @param eventType         the event's type, such as {@code TaskDispatched}
 * @param aggregateId       the aggregate it is of; null for an event of none
 * @param aggregateSequence its sequence number in that aggregate (its {@code sequence} in the task's history)
 * @param globalIndex       its global index in the event log; null if unknown
 * @param recordedAt        when the event was recorded
 * @param parkedAt          when it was parked
 * @param lastTriedAt       when it was last tried (parked, or retried)
 * @param cause             why the projection could not apply it, in the database's or the handler's words (no
 *                          statement, no class name); null for a letter that only waits behind an earlier one
 */
public record ParkedLetter(String projection, String sequenceId, int index, String eventId, String eventType,
                           String aggregateId, Long aggregateSequence, Long globalIndex, Instant recordedAt,
                           Instant parkedAt, Instant lastTriedAt, String cause) {

    /** "TaskDispatched of 8d46… at sequence 1", what health and the command line name the letter by. */
    public String event() {
        return aggregateId == null ? eventType + " (event " + eventId + ")"
                : "%s of %s at sequence %d".formatted(eventType, aggregateId, aggregateSequence);
    }
}
