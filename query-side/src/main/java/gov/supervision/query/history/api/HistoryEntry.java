package gov.supervision.query.history.api;

import gov.supervision.command.task.api.Actor;

import java.time.Instant;

/**
 * One event in a task's history.
 *
 * @param sequence   its position in the task's event stream, from 0
 * @param type       the event's name, such as TaskDispatched
 * @param time       when it happened
 * @param actor      who did it
 * @param recordedAt when the event log stored it
 * @param payload    the event itself
 * @param reason     the reason the event gives, if it gives one (a return, a notice, a withdrawal, …)
 */
public record HistoryEntry(long sequence, String type, Instant time, Actor actor, Instant recordedAt,
                           Object payload, String reason) {
}
