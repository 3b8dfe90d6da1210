package gov.supervision.command.task.api;

/** An event that may count as a strike against a unit; strikes are counted from these, never stored. */
public interface StrikeEvent extends TaskEvent {

    Unit unit();

    /** Whether this event is a strike. Most are; an accepted report only when progress is slow or ineffective. */
    default boolean countsAsStrike() {
        return true;
    }
}
