package gov.supervision.command.plan.api;

import gov.supervision.command.task.api.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Imports a plan from its text: the whole list of its tasks as the text now gives them. Answers what changed
 * against the plan as last imported; the same text again changes nothing.
 *
 * @param sourceDigest a digest of the text the plan was read from, for the record
 */
public record ImportPlan(
        @TargetAggregateIdentifier String planNumber,
        String title,
        LocalDate issuedOn,
        List<PlannedTask> tasks,
        String sourceDigest,
        Actor actor,
        Instant at) {
}
