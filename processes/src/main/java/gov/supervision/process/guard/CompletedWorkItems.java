package gov.supervision.process.guard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether a work item that is no longer open was completed (rather than closed by its process: a due passed, the
 * task closed), from the engine's history. A completion that comes after another one is a late answer to a
 * question already answered: {@code ALREADY_COMPLETED}, not "no such work item".
 */
@Component
public class CompletedWorkItems {

    private static final String COMPLETED = "SELECT delete_reason_ FROM act_hi_taskinst WHERE id_ = ? "
            + "AND end_time_ IS NOT NULL";

    private final JdbcTemplate jdbc;

    CompletedWorkItems(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public boolean wasCompleted(String workItemId) {
        List<String> reasons = jdbc.queryForList(COMPLETED, String.class, workItemId);
        return reasons.stream().anyMatch("completed"::equals);
    }

    /**
     * Whether the work item was completed and was offered to the user (its assignee or one of its groups was a
     * candidate): another unit's work item stays "not found".
     */
    public boolean wasCompletedFor(String workItemId, String userId, List<String> groupIds) {
        List<Object> arguments = new ArrayList<>(List.of(workItemId, userId));
        arguments.addAll(groupIds);
        String groups = groupIds.isEmpty() ? "" : " OR EXISTS (SELECT 1 FROM act_hi_identitylink l "
                + "WHERE l.task_id_ = t.id_ AND l.type_ = 'candidate' AND l.group_id_ IN ("
                + String.join(", ", Collections.nCopies(groupIds.size(), "?")) + "))";
        return !jdbc.queryForList("SELECT 1 FROM act_hi_taskinst t WHERE t.id_ = ? AND t.end_time_ IS NOT NULL "
                + "AND t.delete_reason_ = 'completed' AND (t.assignee_ = ?" + groups + ")", Integer.class,
                arguments.toArray()).isEmpty();
    }
}
