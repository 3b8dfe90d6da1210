package gov.supervision.query.history;

import gov.supervision.command.task.api.TaskEvent;
import gov.supervision.query.history.api.FindTaskHistory;
import gov.supervision.query.history.api.HistoryEntry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Reads a task's history straight from the event log, not from a projection: it reads only that task's events,
 * so its cost grows with the task, never with the store.
 */
@Component
public class TaskHistoryQueryHandler {

    private final EventStore eventStore;

    TaskHistoryQueryHandler(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The task's events (all of them, from the first: never from a snapshot), filtered as asked. */
    @QueryHandler
    public List<HistoryEntry> handle(FindTaskHistory query) {
        return eventStore.readEvents(query.taskId(), 0L).asStream().map(TaskHistoryQueryHandler::entry)
                .filter(query::matches).toList();
    }

    private static HistoryEntry entry(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        TaskEvent event = payload instanceof TaskEvent e ? e : null;
        return new HistoryEntry(message.getSequenceNumber(), message.getPayloadType().getSimpleName(),
                event == null ? message.getTimestamp() : event.occurredAt(), event == null ? null : event.actor(),
                message.getTimestamp(), payload, reason(payload));
    }

    /** The event's own {@code reason} component, if it is a record that has one. */
    private static String reason(Object payload) {
        if (!(payload instanceof Record)) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("reason")) {
                try {
                    Object reason = component.getAccessor().invoke(payload);
                    return reason == null || reason.toString().isBlank() ? null : reason.toString();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
