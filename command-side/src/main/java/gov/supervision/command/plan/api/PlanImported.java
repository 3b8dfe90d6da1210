package gov.supervision.command.plan.api;

import gov.supervision.command.task.api.Actor;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan was imported (again) from its text: its title and date, and what changed against the last import — the
 * whole of it the first time. Its tasks' own events follow (TaskRegistered, TaskRevised, TaskWithdrawn).
 */
@Revision("1")
public record PlanImported(
        String planNumber,
        String title,
        LocalDate issuedOn,
        List<PlannedTask> added,
        List<PlannedTask> changed,
        List<Integer> removed,
        int taskCount,
        String sourceDigest,
        Actor actor,
        Instant occurredAt) {
}
