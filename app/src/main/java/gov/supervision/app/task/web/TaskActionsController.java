package gov.supervision.app.task.web;

import gov.supervision.app.security.CamundaUser;
import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.security.SupervisionUser;
import gov.supervision.app.web.NotFound;
import gov.supervision.command.task.api.AddContribution;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.Unit;
import gov.supervision.process.extension.ExtensionRequests;
import gov.supervision.process.followup.FollowUpControl;
import gov.supervision.query.ledger.api.FindLedgerRow;
import gov.supervision.query.ledger.api.LedgerRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a unit or a supervisor does to a task outside its user tasks: ask for more time, add a contribution, stop
 * the follow-up, reopen a closed task. Each is a command (or a process whose first step sends it), as the
 * authenticated user.
 */
@RestController
@RequestMapping("/api/tasks/{taskId}")
class TaskActionsController {

    record ExtensionRequest(@NotBlank String dueId, @NotNull Instant requestedDueAt, @NotBlank String reason) {
    }

    record Contribution(@NotBlank String text, List<String> evidence) {
    }

    record Reason(@NotBlank String reason) {
    }

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final ExtensionRequests extensions;
    private final FollowUpControl followUp;
    private final CamundaUser camunda;
    private final Clock clock;

    TaskActionsController(QueryGateway queries, CommandGateway commands, ExtensionRequests extensions,
                          FollowUpControl followUp, CamundaUser camunda, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.extensions = extensions;
        this.followUp = followUp;
        this.camunda = camunda;
        this.clock = clock;
    }

    /** A lead unit asks, before a due time, for more time; a supervisor decides it in the extension process. */
    @PostMapping("/extension-requests")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> requestExtension(@PathVariable String taskId, @Valid @RequestBody ExtensionRequest request) {
        SupervisionUser user = requireUnit();
        LedgerRow task = task(taskId, user);
        String extensionId = camunda.runChecked(user, taskId, () -> extensions.request(TaskId.parse(taskId), task.planNumber(),
                task.taskNumber(), user.unitId(), request.dueId(), request.requestedDueAt(), request.reason()));
        return Map.of("extensionId", extensionId);
    }

    /** A cooperating unit adds its contribution; a lead unit's report may cite it by the answered id. */
    @PostMapping("/contributions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> addContribution(@PathVariable String taskId, @Valid @RequestBody Contribution contribution) {
        SupervisionUser user = requireUnit();
        task(taskId, user);
        String id = commands.sendAndWait(new AddContribution(TaskId.parse(taskId), contribution.text(),
                contribution.evidence(), user.actor(), clock.instant()));
        return Map.of("contributionId", id);
    }

    /** A supervisor stops the task's follow-up, with a reason. */
    @PostMapping("/follow-up/stop")
    Map<String, Object> stopFollowUp(@PathVariable String taskId, @Valid @RequestBody Reason request) {
        SupervisionUser user = requireSupervisor();
        task(taskId, user);
        boolean stopped = camunda.runChecked(user, taskId, () -> followUp.stop(TaskId.parse(taskId), request.reason()));
        if (!stopped) {
            throw new RuleViolation(Rule.FOLLOW_UP_NOT_STARTED, "task %s has no follow-up running".formatted(taskId));
        }
        return Map.of("taskId", taskId, "followUpStopped", true);
    }

    /** A supervisor starts a stopped follow-up again. */
    @PostMapping("/follow-up/start")
    Map<String, Object> startFollowUp(@PathVariable String taskId) {
        SupervisionUser user = requireSupervisor();
        LedgerRow task = task(taskId, user);
        boolean started = camunda.runChecked(user, taskId, () -> followUp.start(TaskId.parse(taskId), task.planNumber(),
                task.taskNumber(), task.leadUnits().stream().map(Unit::id).toList()));
        if (!started) {
            throw new RuleViolation(Rule.FOLLOW_UP_ALREADY_STARTED,
                    "task %s is already followed up".formatted(taskId));
        }
        return Map.of("taskId", taskId, "followUpStarted", true);
    }

    /** A supervisor reopens a closed task with a reason; its follow-up starts again. */
    @PostMapping("/reopen")
    Map<String, Object> reopen(@PathVariable String taskId, @Valid @RequestBody Reason request) {
        SupervisionUser user = requireSupervisor();
        LedgerRow task = task(taskId, user);
        followUp.reopen(TaskId.parse(taskId), task.planNumber(), task.taskNumber(),
                task.leadUnits().stream().map(Unit::id).toList(), request.reason(), user.actor());
        return Map.of("taskId", taskId, "reopened", true);
    }

    /**
     * The task, if the user may see it: a unit only a task that names it, so that a task of another unit is not found
     * either (the answer tells nothing about who owns it).
     */
    private LedgerRow task(String taskId, SupervisionUser user) {
        return queries.query(new FindLedgerRow(taskId), ResponseTypes.optionalInstanceOf(LedgerRow.class)).join()
                .filter(row -> !user.isUnit() || java.util.stream.Stream.concat(row.leadUnits().stream(),
                        row.cooperatingUnits().stream()).map(Unit::id).anyMatch(user.unitId()::equals))
                .orElseThrow(() -> new NotFound("no task with id " + taskId));
    }

    private static SupervisionUser requireUnit() {
        SupervisionUser user = CurrentUser.get();
        if (!user.isUnit()) {
            throw new AccessDeniedException("only a unit may do this");
        }
        return user;
    }

    private static SupervisionUser requireSupervisor() {
        SupervisionUser user = CurrentUser.get();
        if (user.role() != gov.supervision.command.task.api.Role.SUPERVISOR) {
            throw new AccessDeniedException("only a supervisor may do this");
        }
        return user;
    }
}
