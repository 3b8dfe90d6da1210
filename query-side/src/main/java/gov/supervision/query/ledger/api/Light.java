package gov.supervision.query.ledger.api;

/**
 * 红黄绿灯: how a task under supervision stands. The rule is {@code LightRule}'s, documented in the README; a light is
 * computed from the task's events and the time it is read at, never set by hand.
 */
public enum Light {
    /** on time and on track */
    GREEN,
    /** at risk: something falls due within a day, a report was returned, or progress was assessed slow */
    AMBER,
    /** late: something is overdue, progress was assessed ineffective, or the task is under a notice */
    RED
}
