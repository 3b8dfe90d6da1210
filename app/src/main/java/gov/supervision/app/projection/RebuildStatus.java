package gov.supervision.app.projection;

import java.time.Instant;

/**
 * The last rebuild of a projection since the engine started. Relied on from outside (REST and CLI).
 *
 * @param state      {@code RUNNING} until the projection has replayed the log up to {@code target}, then
 *                   {@code DONE}; {@code PARKED} when it got there but parked events it could not apply as dead
 *                   letters (the tables lack them: see {@code deadLetters} and {@code error}); {@code FAILED} if its
 *                   processor reported an error (see {@code error})
 * @param startedAt  when the rebuild began (wall clock, UTC)
 * @param finishedAt when it was done or failed; null while running
 * @param target     the event log's head (highest global index) when the rebuild began: done once replayed to it
 * @param replayed   the global index the projection has replayed up to so far
 * @param progress   {@code replayed / target}, from 0 to 1 (1 for an empty log)
 * @param error      why it failed, or which event it parked first and why; null otherwise
 * @param deadLetters how many events the projection has parked since the rebuild began (a rebuild empties its dead
 *                    letters with its tables), so far
 */
public record RebuildStatus(State state, Instant startedAt, Instant finishedAt, long target, long replayed,
                            double progress, String error, long deadLetters) {

    public enum State { RUNNING, DONE, PARKED, FAILED }
}
