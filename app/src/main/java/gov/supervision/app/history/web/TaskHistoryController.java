package gov.supervision.app.history.web;

import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.security.SupervisionUser;
import gov.supervision.app.web.NotFound;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.Unit;
import gov.supervision.query.history.api.FindTaskHistory;
import gov.supervision.query.history.api.HistoryEntry;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.stream.Stream;

/** A task's event history in order. Supervisors and auditors read any task; a unit only a task it is named in. */
@RestController
class TaskHistoryController {

    private final QueryGateway queries;

    TaskHistoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/tasks/{taskId}/history")
    List<HistoryEntry> history(@PathVariable String taskId) {
        List<HistoryEntry> history = queries.query(new FindTaskHistory(taskId),
                ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join();
        SupervisionUser user = CurrentUser.get();
        if (history.isEmpty() || (user.isUnit() && !namesUnit(history.get(0), user.unitId()))) {
            throw new NotFound("no task with id " + taskId);
        }
        return history;
    }

    private static boolean namesUnit(HistoryEntry registration, String unitId) {
        return registration.payload() instanceof TaskRegistered task
                && Stream.concat(task.leadUnits().stream(), task.cooperatingUnits().stream())
                .map(Unit::id).anyMatch(unitId::equals);
    }
}
