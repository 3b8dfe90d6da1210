package gov.supervision.app.projection;

import java.util.List;

/**
 * A projection as its streaming processor and its tables stand now. Relied on from outside (REST and CLI): fields
 * may be added, never renamed or removed.
 *
 * @param name     the projection, also its processing group
 * @param state    {@code RUNNING} (following the log), {@code REPLAYING} (replaying after a reset, short of the head),
 *                 {@code STOPPED} (its processor is not running here) or {@code ERROR} (its processor reports an
 *                 error, see {@code error})
 * @param position the global index of the last event it processed; null when this engine holds none of its
 *                 segments (another engine instance does, say)
 * @param head     the highest global index in the event log
 * @param progress {@code position / head}, from 0 to 1 (1 for an empty log); null with {@code position}
 * @param error    the processor's error, or null: a segment in error, or a batch it failed on and has not got past
 *                 (it retries it after a pause)
 * @param rebuild  its last rebuild since the engine started, or null
 * @param tables   each table's row count and checksum, now (while replaying: of the rows so far)
 * @param deadLetters how many events it has parked as dead letters (events it could not apply, and the later
 *                    events of their tasks waiting behind them; see {@link DeadLetters}); 0 when none
 */
public record ProjectionStatus(String name, State state, Long position, long head, Double progress, String error,
                               RebuildStatus rebuild, List<TableChecksum> tables, long deadLetters) {

    public enum State { RUNNING, REPLAYING, STOPPED, ERROR }
}
