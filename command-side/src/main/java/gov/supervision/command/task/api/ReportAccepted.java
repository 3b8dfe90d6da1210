package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A supervisor accepts a report and assesses the progress it shows; slow or ineffective progress is a strike. */
@Revision("1")
public record ReportAccepted(TaskId taskId, String reportId, Unit unit, int round, Assessment assessment,
                             Actor actor, Instant occurredAt) implements StrikeEvent {

    @Override
    public boolean countsAsStrike() {
        return assessment != Assessment.ON_TRACK;
    }
}
