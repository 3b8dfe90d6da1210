package gov.supervision.command.task.api;

/** A supervisor's assessment of the progress a report shows. Slow and ineffective count as strikes. */
public enum Assessment {
    ON_TRACK,
    SLOW,
    INEFFECTIVE
}
