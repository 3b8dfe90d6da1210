package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/** A cooperating unit adds what it contributed; a lead unit's report may cite it. */
@Revision("1")
public record ContributionAdded(
        TaskId taskId,
        String contributionId,
        Unit unit,
        Integer round,
        String text,
        List<String> evidence,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
