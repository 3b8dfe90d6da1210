package gov.supervision.app.inspection.web;

import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.web.NotFound;
import gov.supervision.process.dispatch.DispatchProcessStarter;
import gov.supervision.process.dispatch.DispatchProcessStarter.TaskToInspect;
import gov.supervision.query.ledger.api.FindLedgerRows;
import gov.supervision.query.ledger.api.LedgerRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Starts inspection of a whole plan (one process per task) or of one task. Relied on from outside:
 * {@code POST /api/inspections} with {@code {"planNumber":"…"}} and optionally {@code "taskNumber"}, answering
 * {@code "started"}, the number of processes it started.
 */
@RestController
@RequestMapping("/api/inspections")
class InspectionController {

    record StartInspection(@NotBlank String planNumber, @Positive Integer taskNumber) {
    }

    /**
     * @param tasks   how many tasks the request named
     * @param started how many processes it started; tasks already under inspection start nothing
     */
    record InspectionStarted(String planNumber, Integer taskNumber, int tasks, int started) {
    }

    private final QueryGateway queries;
    private final DispatchProcessStarter starter;

    InspectionController(QueryGateway queries, DispatchProcessStarter starter) {
        this.queries = queries;
        this.starter = starter;
    }

    @PostMapping
    InspectionStarted start(@Valid @RequestBody StartInspection request) {
        String plan = request.planNumber().strip();
        List<LedgerRow> tasks = queries.query(new FindLedgerRows(plan, request.taskNumber(), null, null),
                ResponseTypes.multipleInstancesOf(LedgerRow.class)).join();
        if (tasks.isEmpty()) {
            throw new NotFound(request.taskNumber() == null
                    ? "plan %s has no registered tasks".formatted(plan)
                    : "plan %s has no task %d".formatted(plan, request.taskNumber()));
        }
        var supervisor = CurrentUser.get().actor();
        int started = 0;
        for (LedgerRow task : tasks) {
            if (starter.startInspection(new TaskToInspect(task.taskId(), task.planNumber(), task.taskNumber()),
                    supervisor)) {
                started++;
            }
        }
        return new InspectionStarted(plan, request.taskNumber(), tasks.size(), started);
    }
}
