package gov.supervision.process.guard;

import gov.supervision.command.task.api.InvalidText;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.process.Rejections;
import gov.supervision.process.forms.InvalidFormInput;
import gov.supervision.process.identity.StepNotAllowed;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * Camunda is an engine behind the task's rules, not a second door. A call a person makes into the engine (through
 * Camunda's REST API, its webapps or our worklist) may read what Camunda's authorizations show it, claim and
 * complete the user tasks they offer it, with exactly the values the task's form takes, and nothing else: no role,
 * not even an administrator, starts a process, moves a token, sets a variable, correlates a message, signals,
 * moves a job's due time, runs a job or suspends a process around the supervised steps; only an administrator
 * cancels one or changes users. What the
 * engine's own steps do (timers, delegates, listeners) and what our application does on a person's behalf, after
 * checking the person's role ({@link TrustedCalls}), runs inside a command already and passes.
 * <p>
 * A person's call that the steps refuse is answered as Camunda's doors can: a bad value (400), a step this user may
 * not take (403), or the task's rules (400 with code {@link TaskRulesRefused#CODE}, which the doors answer 409),
 * instead of the generic failure Camunda makes of an exception thrown in a listener.
 */
final class ProcessStateGuard extends CommandInterceptor {

    /** What changes a process's state around its steps; none of it is a person's to call. */
    private static final List<Class<?>> AROUND_THE_STEPS = List.of(
            StartProcessInstanceCmd.class, StartProcessInstanceAtActivitiesCmd.class, SubmitStartFormCmd.class,
            AbstractRestartProcessInstanceCmd.class, RestartProcessInstancesBatchCmd.class,
            AbstractModificationCmd.class, ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
            ProcessInstanceModificationBatchCmd.class,
            AbstractMigrationCmd.class, MigrateProcessInstanceBatchCmd.class,
            AbstractVariableCmd.class, AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class,
            AbstractCorrelateMessageCmd.class, CorrelateMessageCmd.class, CorrelateAllMessageCmd.class,
            CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
            SignalCmd.class,
            SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class, ExecuteJobsCmd.class,
            AbstractSetStateCmd.class, AbstractUpdateProcessInstancesSuspendStateCmd.class,
            HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class);

    /**
     * What only the engine's administrators may do: cancel a process that should not run, and change who a user is
     * and may do (Camunda's authorizations say so too; refused here before Camunda's own checks, some of which fail
     * on malformed input first).
     */
    private static final List<Class<?>> ADMINISTRATORS_ONLY = List.of(
            // cancelling a stray process (reconciliation's UNEXPECTED_PROCESS) changes no record
            AbstractDeleteProcessInstanceCmd.class, DeleteProcessInstanceCmd.class, DeleteProcessInstancesCmd.class,
            DeleteProcessInstanceBatchCmd.class,
            SaveUserCmd.class, DeleteUserCmd.class,
            SaveGroupCmd.class, DeleteGroupCmd.class, CreateMembershipCmd.class, DeleteMembershipCmd.class,
            SetUserInfoCmd.class, DeleteUserInfoCmd.class, SetUserPictureCmd.class, DeleteUserPictureCmd.class,
            SaveAuthorizationCmd.class, DeleteAuthorizationCmd.class, SaveTenantCmd.class, DeleteTenantCmd.class,
            CreateTenantUserMembershipCmd.class, CreateTenantGroupMembershipCmd.class,
            DeleteTenantUserMembershipCmd.class, DeleteTenantGroupMembershipCmd.class);

    private final ProcessEngineConfigurationImpl engine;
    private final WorkItemSubmissions submissions;

    ProcessStateGuard(ProcessEngineConfigurationImpl engine, CompletedWorkItems completed) {
        this.engine = engine;
        this.submissions = new WorkItemSubmissions(engine, completed);
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null) {
            return next.execute(command); // a step of the engine's own, or a call made inside one of ours
        }
        Authentication person = engine.getIdentityService().getCurrentAuthentication();
        if (person == null || person.getUserId() == null) {
            return next.execute(command); // the engine itself: a timer's job, our application's own calls
        }
        if (AROUND_THE_STEPS.stream().anyMatch(type -> type.isInstance(command))) {
            throw new StepNotAllowed("%s may not change a process around its steps: complete the work items "
                    .formatted(person.getUserId()) + "offered to it, or use the supervision API");
        }
        if (ADMINISTRATORS_ONLY.stream().anyMatch(type -> type.isInstance(command)) && !administrator(person)) {
            throw new StepNotAllowed("%s may not do this: cancelling processes and changing who users are or what "
                    .formatted(person.getUserId()) + "they may do is the engine's administrators' work");
        }
        if (command instanceof CompleteTaskCmd) {
            submissions.check((String) field(command, CompleteTaskCmd.class, "taskId"),
                    (Map<String, ?>) field(command, CompleteTaskCmd.class, "variables"));
        } else if (command instanceof SubmitTaskFormCmd) {
            submissions.check((String) field(command, SubmitTaskFormCmd.class, "taskId"),
                    (Map<String, ?>) field(command, SubmitTaskFormCmd.class, "properties"));
        }
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            throw refusal(e);
        }
    }

    private boolean administrator(Authentication person) {
        List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
        return engine.getAdminGroups() != null && groups.stream().anyMatch(engine.getAdminGroups()::contains);
    }

    /** The refusal behind what Camunda wrapped an exception of a listener in, as the person's doors answer it. */
    private static RuntimeException refusal(RuntimeException failure) {
        var text = Rejections.find(failure, InvalidText.class);
        if (text.isPresent()) {
            return new InvalidFormInput(text.get().field(),
                    text.get().getMessage().substring(text.get().field().length() + 2), text.get());
        }
        var invalid = Rejections.find(failure, InvalidFormInput.class);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        var notAllowed = Rejections.find(failure, StepNotAllowed.class);
        if (notAllowed.isPresent()) {
            return notAllowed.get();
        }
        var violation = Rejections.find(failure, RuleViolation.class);
        if (violation.isPresent()) {
            return new TaskRulesRefused(violation.get());
        }
        return failure;
    }

    /** The command's own fields: Camunda's completion commands keep the task and the variables to themselves. */
    private static Object field(Object command, Class<?> declaring, String name) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read %s of %s: the engine's guard does not know this version of "
                    .formatted(name, declaring.getSimpleName()) + "Camunda", e);
        }
    }
}
