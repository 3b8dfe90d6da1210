package gov.supervision.query.plan;

import gov.supervision.command.plan.api.PlanImported;
import gov.supervision.command.plan.api.PlannedTask;
import gov.supervision.query.plan.api.FindPlan;
import gov.supervision.query.plan.api.ImportedPlan;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan as imported, read from the plan's own events (not a projection): what an import preview compares a new
 * text with. Its cost grows with the plan's imports, never with the store.
 */
@Component
public class PlanQueryHandler {

    private final EventStore eventStore;

    PlanQueryHandler(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public Optional<ImportedPlan> handle(FindPlan query) {
        Map<Integer, PlannedTask> tasks = new TreeMap<>();
        PlanImported[] last = new PlanImported[1];
        eventStore.readEvents(query.planNumber()).asStream()
                .map(message -> message.getPayload())
                .filter(PlanImported.class::isInstance)
                .map(PlanImported.class::cast)
                .forEach(imported -> {
                    imported.added().forEach(task -> tasks.put(task.number(), task));
                    imported.changed().forEach(task -> tasks.put(task.number(), task));
                    imported.removed().forEach(tasks::remove);
                    last[0] = imported;
                });
        return Optional.ofNullable(last[0]).map(imported -> new ImportedPlan(imported.planNumber(),
                imported.title(), imported.issuedOn(), new ArrayList<>(tasks.values())));
    }
}
