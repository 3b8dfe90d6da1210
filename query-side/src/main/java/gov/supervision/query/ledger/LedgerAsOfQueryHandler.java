package gov.supervision.query.ledger;

import gov.supervision.command.task.api.TaskEvent;
import gov.supervision.query.ledger.api.FindTaskAsOf;
import gov.supervision.query.ledger.api.TaskAsOf;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Iterator;
import java.util.Optional;

/**
 * A task as it stood at an instant: its own events up to that instant (by when they happened), folded into a
 * ledger entry by the same rules as the ledger, its light read at that instant. It reads only that task's events,
 * so its cost grows with the task, never with the store; the ledger table is not consulted.
 */
@Component
public class LedgerAsOfQueryHandler {

    private final EventStore eventStore;
    private final ZoneId zone;

    LedgerAsOfQueryHandler(EventStore eventStore,
                           @Value("${supervision.schedule.defaults.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.eventStore = eventStore;
        this.zone = zone;
    }

    /** Empty when the task had no event by then (or has none at all). */
    @QueryHandler
    public Optional<TaskAsOf> handle(FindTaskAsOf query) {
        LedgerEntry entry = new LedgerEntry();
        int events = 0;
        Iterator<? extends DomainEventMessage<?>> stream = eventStore.readEvents(query.taskId(), 0L).asStream()
                .iterator();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof TaskEvent event) || event.occurredAt().isAfter(query.asOf())) {
                break; // a task's events are in the order they happened
            }
            LedgerFold.apply(entry, event, message.getSequenceNumber());
            events++;
        }
        if (events == 0) {
            return Optional.empty();
        }
        return Optional.of(new TaskAsOf(entry.taskId, query.asOf(), events, entry.lastSequence,
                LedgerRows.of(entry, query.asOf(), zone),
                entry.lastReport == null ? null : new TaskAsOf.Report(entry.lastReport.reportId(),
                        entry.lastReport.unit(), entry.lastReport.round(), entry.lastReport.percentComplete(),
                        entry.lastReport.submittedAt(), entry.lastReport.review()),
                entry.openNotices.entrySet().stream().map(n -> new TaskAsOf.Notice(n.getKey(), n.getValue().unit(),
                        n.getValue().step(), n.getValue().issuedAt(), n.getValue().rectificationDueAt())).toList(),
                entry.openDues.entrySet().stream().map(d -> new TaskAsOf.Due(d.getKey(), d.getValue().kind(),
                        d.getValue().unit(), d.getValue().dueAt())).toList(),
                entry.lapses.entrySet().stream().map(d -> new TaskAsOf.Due(d.getKey(), d.getValue().kind(),
                        d.getValue().unit(), d.getValue().dueAt())).toList()));
    }
}
