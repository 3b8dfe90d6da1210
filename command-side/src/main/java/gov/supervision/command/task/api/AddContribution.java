package gov.supervision.command.task.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** A cooperating unit adds its contribution to the task; answers its id, for lead units' reports to cite. */
public record AddContribution(
        @TargetAggregateIdentifier TaskId taskId,
        String text,
        List<String> evidence,
        Actor actor,
        Instant at) {
}
