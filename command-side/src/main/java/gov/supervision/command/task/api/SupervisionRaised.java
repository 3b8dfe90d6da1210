package gov.supervision.command.task.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * 提级督办: the task's strikes reached the policy's threshold; its lead leaders are notified with the record. It stays
 * raised until closed.
 */
@Revision("1")
public record SupervisionRaised(
        TaskId taskId,
        String escalationId,
        List<String> leadLeaders,
        int taskStrikes,
        String summary,
        Policy policy,
        Actor actor,
        Instant occurredAt) implements TaskEvent {
}
