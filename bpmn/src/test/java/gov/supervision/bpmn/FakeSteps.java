package gov.supervision.bpmn;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Test doubles of every bean the models call (each name in {@link Delegates}), registered by name through the
 * {@code MockExpressionManager}. Each fake records its call (the element that called it and a copy of the variables
 * it saw) and sets the variables the real delegate or listener in {@code processes} would set, with simple due times
 * computed from the engine clock. Register it as an instance extension next to the engine:
 * <pre>
 * &#64;RegisterExtension static ProcessEngineExtension engine = ProcessEngineOnPostgres.extension();
 * &#64;RegisterExtension final FakeSteps steps = new FakeSteps();
 * </pre>
 * Before each test it registers the fakes and freezes the engine clock at {@link #START}; after it, it resets
 * {@code Mocks} and {@code ClockUtil}.
 */
final class FakeSteps implements BeforeEachCallback, AfterEachCallback {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Every test starts on Monday 1 March 2021, 09:00 Beijing time, on a frozen engine clock. */
    static final Instant START = ZonedDateTime.of(2021, 3, 1, 9, 0, 0, 0, BEIJING).toInstant();

    // The due times the fakes give, counted from the engine clock when they run.
    static final Duration ACKNOWLEDGEMENT_WINDOW = Duration.ofDays(2);
    static final Duration ACKNOWLEDGEMENT_REMINDER_BEFORE = Duration.ofHours(4);
    static final Duration FIRST_ROUND_LATER = Duration.ofDays(3);
    static final Duration REPORT_WINDOW = Duration.ofDays(4);
    static final Duration REPORT_REMINDER_BEFORE = Duration.ofHours(24);
    static final Duration ROUND_INTERVAL = Duration.ofDays(7);
    static final Duration RESUBMISSION_WINDOW = Duration.ofDays(1);
    static final Duration RESUBMISSION_REMINDER_AFTER = Duration.ofHours(12);
    static final Duration RECTIFICATION_WINDOW = Duration.ofDays(10);
    static final Duration RECTIFICATION_REMINDER_BEFORE = Duration.ofHours(24);
    static final Duration DEFAULT_EXTENSION = Duration.ofDays(5);
    static final Duration MOVED_REMINDER_BEFORE = Duration.ofHours(12);

    /** The steps for which the policy's rectification window is more than 0 days. */
    private static final Set<String> RECTIFIED_STEPS = Set.of("CRITICISM", "ADMONITION");
    /** What the real StartEscalationDelegate carries into the escalation it starts. */
    private static final List<String> CARRIED = List.of(TaskVariables.TASK_ID, TaskVariables.PLAN_NUMBER,
            TaskVariables.TASK_NUMBER, TaskVariables.UNIT_ID, TaskVariables.ESCALATION_REASON,
            TaskVariables.REPORT_ROUND, TaskVariables.STRIKES, TaskVariables.TASK_STRIKES, TaskVariables.DAYS_LATE,
            TaskVariables.ASSESSMENT);

    /** One call of a fake: who called it and the variables it saw, copied when it was called. */
    record Call(String bean, String processDefinitionKey, String processInstanceId, String businessKey,
                String activityId, Map<String, Object> variables) {

        Object variable(String name) {
            return variables.get(name);
        }
    }

    /** The rejection a fake throws when told to, as the real step throws a command's rejection. */
    static final class Rejected extends RuntimeException {
        Rejected(String bean) {
            super(bean + ": the command was rejected (by the test)");
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final Set<String> registered = new HashSet<>();
    private final Map<String, Integer> rejections = new HashMap<>();

    // what the test chose
    private List<String> leadUnitIds = List.of("gxj");
    private boolean firstRoundNow = true;
    private final Deque<String> proposals = new ArrayDeque<>();
    private String proposal = "CRITICISM";
    private boolean proposeByPolicy;
    private boolean raiseSupervision;
    private boolean startEscalations;

    // what the fakes counted
    private final Map<String, Integer> rounds = new HashMap<>();
    private final Map<String, Integer> reports = new HashMap<>();
    private final Map<String, Integer> unitStrikes = new HashMap<>();
    private int taskStrikes;
    private int escalations;
    private int extensions;

    // ---------------------------------------------------------------------------------------------- lifecycle

    @Override
    public void beforeEach(ExtensionContext context) {
        registerAll();
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------------------------------------- the clock

    static Date now() {
        return ClockUtil.getCurrentTime();
    }

    static Date in(Duration duration) {
        return after(now(), duration);
    }

    static Date after(Date date, Duration duration) {
        return Date.from(date.toInstant().plus(duration));
    }

    static Date before(Date date, Duration duration) {
        return Date.from(date.toInstant().minus(duration));
    }

    /** Moves the frozen engine clock to {@code date}. */
    static void clockAt(Date date) {
        ClockUtil.setCurrentTime(date);
    }

    /** The one timer (or other job) of {@code activityId} in the instance; fails if there is none. */
    static Job timer(ProcessInstance instance, String activityId) {
        List<Job> jobs = BpmnAwareTests.jobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
        if (jobs.size() != 1) {
            throw new AssertionError("expected one job of " + activityId + " but found " + jobs.size());
        }
        return jobs.get(0);
    }

    /** The timer of {@code activityId} attached to the user task (a boundary timer of that task). */
    static Job timer(Task task, String activityId) {
        List<Job> jobs = BpmnAwareTests.jobQuery().executionId(task.getExecutionId()).activityId(activityId).list();
        if (jobs.size() != 1) {
            throw new AssertionError("expected one job of " + activityId + " on task " + task.getTaskDefinitionKey()
                    + " but found " + jobs.size());
        }
        return jobs.get(0);
    }

    /** When the one timer of {@code activityId} in the instance fires. */
    static Date timerDue(ProcessInstance instance, String activityId) {
        return timer(instance, activityId).getDuedate();
    }

    /** Moves the clock to the timer's due time and fires it, as the job executor would. */
    static void fire(Job timer) {
        clockAt(timer.getDuedate());
        BpmnAwareTests.execute(timer);
    }

    /** Fires the one timer of {@code activityId} in the instance at its due time. */
    static void fire(ProcessInstance instance, String activityId) {
        fire(timer(instance, activityId));
    }

    /** Asserts that {@code thrown} is, or was caused by, a fake's {@link Rejected rejection}. */
    static void isRejection(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Rejected) {
                return;
            }
        }
        throw new AssertionError("not a rejection by a fake step", thrown);
    }

    // ---------------------------------------------------------------------------------------------- choices

    /** The dispatch step answers these lead units (default: "gxj"). */
    FakeSteps dispatchesTo(String... unitIds) {
        leadUnitIds = List.of(unitIds);
        return this;
    }

    /** The start of the follow-up opens the first round at once (default) or on schedule, at now + 3 days. */
    FakeSteps firstRoundNow(boolean now) {
        firstRoundNow = now;
        return this;
    }

    /** The proposal proposes these steps, one per escalation, then the last one again (default: CRITICISM). */
    FakeSteps proposes(String... steps) {
        proposals.clear();
        proposals.addAll(Arrays.asList(steps));
        proposal = steps[steps.length - 1];
        proposeByPolicy = false;
        return this;
    }

    /** The proposal asks the deployed escalation policy (DMN) for the step and the raise, as the real one does. */
    FakeSteps proposesByPolicy() {
        proposeByPolicy = true;
        return this;
    }

    /** The proposal answers whether supervision is raised (default: false). */
    FakeSteps raisesSupervision(boolean raise) {
        raiseSupervision = raise;
        return this;
    }

    /** Escalating starts an {@code escalation} process, as the real delegate does (default: it only records). */
    FakeSteps startsEscalations() {
        startEscalations = true;
        return this;
    }

    /** The unit's and the task's strikes so far: the next recorded lapse or rejected rectification adds one. */
    FakeSteps strikesSoFar(String unitId, int unit, int task) {
        unitStrikes.put(unitId, unit);
        taskStrikes = task;
        return this;
    }

    /** The next call of {@code bean} throws {@link Rejected}, as a rejected command does. */
    FakeSteps rejectNext(String bean) {
        requireBean(bean);
        rejections.merge(bean, 1, Integer::sum);
        return this;
    }

    // ---------------------------------------------------------------------------------------------- the calls

    /** Every call, in order. */
    List<Call> calls() {
        return Collections.unmodifiableList(calls);
    }

    /** The calls of one bean, in order. */
    List<Call> calls(String bean) {
        requireBean(bean);
        return calls.stream().filter(call -> call.bean().equals(bean)).toList();
    }

    /** The one call of {@code bean}; fails if there was none or more than one. */
    Call call(String bean) {
        List<Call> of = calls(bean);
        if (of.size() != 1) {
            throw new AssertionError("expected one call of " + bean + " but got " + of.size() + ": " + of);
        }
        return of.get(0);
    }

    Call lastCall(String bean) {
        List<Call> of = calls(bean);
        if (of.isEmpty()) {
            throw new AssertionError(bean + " was not called");
        }
        return of.get(of.size() - 1);
    }

    /** The beans called, in order. */
    List<String> beansCalled() {
        return calls.stream().map(Call::bean).toList();
    }

    // ---------------------------------------------------------------------------------------------- the fakes

    private void registerAll() {
        // dispatch
        service(Delegates.DISPATCH_TASK, this::dispatchTask);
        listener(Delegates.ACKNOWLEDGE, task -> { });
        // shared
        service(Delegates.SEND_REMINDER, execution -> { });
        service(Delegates.RECORD_OVERDUE, this::recordOverdue);
        service(Delegates.START_ESCALATION, this::startEscalation);
        service(Delegates.APPLY_NEW_DUE, this::applyNewDue);
        // follow-up
        service(Delegates.START_FOLLOW_UP, this::startFollowUp);
        service(Delegates.OPEN_ROUND, this::openRound);
        listener(Delegates.SUBMIT_PROGRESS_REPORT, this::submitProgressReport);
        listener(Delegates.REVIEW_REPORT, this::reviewReport);
        listener(Delegates.REQUEST_COMPLETION, task -> { });
        listener(Delegates.VERIFY_COMPLETION, task -> { });
        service(Delegates.END_TASK_PROCESSES, this::endTaskProcesses);
        service(Delegates.STOP_FOLLOW_UP, execution -> { });
        // escalation
        service(Delegates.PROPOSE_ESCALATION, this::proposeEscalation);
        service(Delegates.RAISE_SUPERVISION, execution -> { });
        listener(Delegates.ISSUE_NOTICE, this::issueNotice);
        listener(Delegates.REPORT_RECTIFICATION, task -> { });
        listener(Delegates.VERIFY_RECTIFICATION, this::verifyRectification);
        // extension
        service(Delegates.REQUEST_EXTENSION, this::requestExtension);
        listener(Delegates.DECIDE_EXTENSION, this::decideExtension);
        service(Delegates.MOVE_DUE_TIME, this::moveDueTime);

        List<String> missing = new ArrayList<>(beanNames());
        missing.removeAll(registered);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("FakeSteps has no fake for " + missing);
        }
    }

    private void dispatchTask(DelegateExecution execution) {
        Date due = in(ACKNOWLEDGEMENT_WINDOW);
        execution.setVariable(TaskVariables.LEAD_UNIT_IDS, new ArrayList<>(leadUnitIds));
        execution.setVariable(DispatchProcess.Variables.ACKNOWLEDGEMENT_DUE_AT, due);
        execution.setVariable(DispatchProcess.Variables.ACKNOWLEDGEMENT_REMINDER_AT,
                before(due, ACKNOWLEDGEMENT_REMINDER_BEFORE));
    }

    private void startFollowUp(DelegateExecution execution) {
        execution.setVariable(FollowUpProcess.Variables.FIRST_ROUND_NOW, firstRoundNow);
        execution.setVariable(FollowUpProcess.Variables.NEXT_ROUND_AT, firstRoundNow ? now() : in(FIRST_ROUND_LATER));
    }

    private void openRound(DelegateExecution execution) {
        int round = rounds.merge(execution.getProcessInstanceId(), 1, Integer::sum);
        Date due = in(REPORT_WINDOW);
        execution.setVariable(FollowUpProcess.Variables.ROUND, round);
        execution.setVariable(FollowUpProcess.Variables.ROUND_DUE_AT, due);
        execution.setVariable(FollowUpProcess.Variables.ROUND_REMINDER_AT, before(due, REPORT_REMINDER_BEFORE));
        execution.setVariable(FollowUpProcess.Variables.NEXT_ROUND_AT, in(ROUND_INTERVAL));
    }

    private void submitProgressReport(DelegateTask task) {
        Object round = task.getVariable(TaskVariables.REPORT_ROUND);
        String unitId = (String) task.getVariable(TaskVariables.UNIT_ID);
        String key = task.getProcessInstanceId() + "/" + round + "/" + unitId;
        int n = reports.merge(key, 1, Integer::sum);
        task.setVariable(FollowUpProcess.Variables.REPORT_ID, round + "/" + unitId + "/" + n);
    }

    private void reviewReport(DelegateTask task) {
        String decision = (String) task.getVariable(FollowUpProcess.FormFields.REVIEW_DECISION);
        if ("RETURN".equals(decision)) {
            task.setVariable(FollowUpProcess.Variables.REVIEW_OUTCOME, FollowUpProcess.ReviewOutcomes.RETURNED);
            task.setVariable(TaskVariables.DUE_AT, in(RESUBMISSION_WINDOW));
            task.setVariable(TaskVariables.REMINDER_AT, in(RESUBMISSION_REMINDER_AFTER));
            return;
        }
        if (!"ACCEPT".equals(decision)) {
            throw new IllegalArgumentException("reviewDecision must be ACCEPT or RETURN, not " + decision);
        }
        boolean onTrack = "ON_TRACK".equals(task.getVariable(FollowUpProcess.FormFields.ASSESSMENT));
        String unitId = (String) task.getVariable(TaskVariables.UNIT_ID);
        int unit = onTrack ? unitStrikes.getOrDefault(unitId, 0) : strike(unitId);
        task.setVariable(FollowUpProcess.Variables.REVIEW_OUTCOME,
                onTrack ? FollowUpProcess.ReviewOutcomes.ACCEPTED : FollowUpProcess.ReviewOutcomes.ESCALATE);
        task.getExecution().setVariableLocal(TaskVariables.STRIKES, unit);
        task.getExecution().setVariableLocal(TaskVariables.TASK_STRIKES, taskStrikes);
        task.getExecution().setVariableLocal(TaskVariables.DAYS_LATE, 0);
    }

    private void recordOverdue(DelegateExecution execution) {
        int unit = strike((String) execution.getVariable(TaskVariables.UNIT_ID));
        execution.setVariableLocal(TaskVariables.STRIKES, unit);
        execution.setVariableLocal(TaskVariables.TASK_STRIKES, taskStrikes);
        execution.setVariableLocal(TaskVariables.DAYS_LATE, 0);
    }

    private void startEscalation(DelegateExecution execution) {
        if (!startEscalations) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        for (String name : CARRIED) {
            variables.put(name, execution.getVariable(name));
        }
        execution.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(EscalationProcess.KEY, execution.getProcessBusinessKey(), variables);
    }

    private void applyNewDue(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(TaskVariables.NEW_DUE_AT);
        execution.setVariable(TaskVariables.DUE_AT, due);
        execution.setVariable(TaskVariables.REMINDER_AT, before(due, MOVED_REMINDER_BEFORE));
    }

    private void endTaskProcesses(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        List<String> others = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .processDefinitionKeyIn(EscalationProcess.KEY, ExtensionProcess.KEY)
                .list().stream().map(ProcessInstance::getId).toList();
        if (!others.isEmpty()) {
            runtime.deleteProcessInstances(others, "the task was closed", true, true);
        }
    }

    private void proposeEscalation(DelegateExecution execution) {
        String step;
        boolean raise;
        if (proposeByPolicy) {
            DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
            step = decisions.evaluateDecisionTableByKey(EscalationPolicy.DECISION, Variables.createVariables()
                            .putValue(EscalationPolicy.Inputs.STRIKES, number(execution, TaskVariables.STRIKES))
                            .putValue(EscalationPolicy.Inputs.DAYS_LATE, number(execution, TaskVariables.DAYS_LATE))
                            .putValue(EscalationPolicy.Inputs.ASSESSMENT, execution.getVariable(TaskVariables.ASSESSMENT))
                            .putValue(EscalationPolicy.Inputs.REASON, execution.getVariable(TaskVariables.ESCALATION_REASON)))
                    .getSingleEntry();
            raise = decisions.evaluateDecisionTableByKey(EscalationPolicy.RAISED_SUPERVISION,
                    Variables.createVariables().putValue(EscalationPolicy.Inputs.TASK_STRIKES,
                            number(execution, TaskVariables.TASK_STRIKES))).<Boolean>getSingleEntry();
        } else {
            step = proposals.isEmpty() ? proposal : proposals.poll();
            raise = raiseSupervision;
        }
        execution.setVariable(EscalationProcess.Variables.ESCALATION_ID, "E" + (++escalations));
        execution.setVariable(EscalationProcess.Variables.PROPOSED_STEP, step);
        execution.setVariable(EscalationProcess.Variables.POLICY_VERSION, 1);
        execution.setVariable(EscalationProcess.FormFields.STEP, step);
        execution.setVariable(EscalationProcess.Variables.RAISE_SUPERVISION, raise);
    }

    private void issueNotice(DelegateTask task) {
        String step = (String) task.getVariable(EscalationProcess.FormFields.STEP);
        boolean ordered = RECTIFIED_STEPS.contains(step);
        task.setVariable(EscalationProcess.Variables.RECTIFICATION_ORDERED, ordered);
        if (ordered) {
            Date due = in(RECTIFICATION_WINDOW);
            task.setVariable(TaskVariables.DUE_ID, "rect/" + task.getVariable(EscalationProcess.Variables.ESCALATION_ID));
            task.setVariable(TaskVariables.DUE_AT, due);
            task.setVariable(TaskVariables.REMINDER_AT, before(due, RECTIFICATION_REMINDER_BEFORE));
        }
    }

    private void verifyRectification(DelegateTask task) {
        boolean accepted = "ACCEPT".equals(task.getVariable(EscalationProcess.FormFields.VERIFICATION));
        task.setVariable(EscalationProcess.Variables.RECTIFICATION_ACCEPTED, accepted);
        if (!accepted) {
            int unit = strike((String) task.getVariable(TaskVariables.UNIT_ID));
            task.setVariable(TaskVariables.STRIKES, unit);
            task.setVariable(TaskVariables.TASK_STRIKES, taskStrikes);
            task.setVariable(TaskVariables.DAYS_LATE, 0);
        }
    }

    private void requestExtension(DelegateExecution execution) {
        execution.setVariable(ExtensionProcess.Variables.EXTENSION_ID, "X" + (++extensions));
    }

    private void decideExtension(DelegateTask task) {
        boolean granted = "GRANT".equals(task.getVariable(ExtensionProcess.FormFields.DECISION));
        task.setVariable(ExtensionProcess.Variables.EXTENSION_GRANTED, granted);
        if (granted) {
            Object asked = task.getVariable(ExtensionProcess.FormFields.NEW_DUE_AT);
            Date newDueAt = asked instanceof Date date ? date
                    : asked instanceof String text && !text.isBlank() ? Date.from(Instant.parse(text))
                    : in(DEFAULT_EXTENSION);
            task.setVariable(TaskVariables.NEW_DUE_AT, newDueAt);
        }
    }

    private void moveDueTime(DelegateExecution execution) {
        String dueId = (String) execution.getVariable(TaskVariables.DUE_ID);
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(TaskVariables.dueExtendedMessage(dueId))
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .setVariable(TaskVariables.NEW_DUE_AT, execution.getVariable(TaskVariables.NEW_DUE_AT))
                .correlateWithResult();
    }

    // ---------------------------------------------------------------------------------------------- plumbing

    private int strike(String unitId) {
        taskStrikes++;
        return unitStrikes.merge(unitId, 1, Integer::sum);
    }

    private static int number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? 0 : ((Number) value).intValue();
    }

    @FunctionalInterface
    private interface ExecutionStep {
        void run(DelegateExecution execution) throws Exception;
    }

    @FunctionalInterface
    private interface TaskStep {
        void run(DelegateTask task);
    }

    private void service(String bean, ExecutionStep step) {
        registered.add(bean);
        Mocks.register(bean, (JavaDelegate) execution -> {
            Call call = new Call(bean, key(execution.getProcessDefinitionId()), execution.getProcessInstanceId(),
                    execution.getProcessBusinessKey(), execution.getCurrentActivityId(), copy(execution));
            rejectIfTold(bean);
            step.run(execution);
            calls.add(call);
        });
    }

    private void listener(String bean, TaskStep step) {
        registered.add(bean);
        Mocks.register(bean, (TaskListener) task -> {
            Call call = new Call(bean, key(task.getProcessDefinitionId()), task.getProcessInstanceId(),
                    task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey(), copy(task));
            rejectIfTold(bean);
            step.run(task);
            calls.add(call);
        });
    }

    private void rejectIfTold(String bean) {
        Integer left = rejections.get(bean);
        if (left != null && left > 0) {
            rejections.put(bean, left - 1);
            throw new Rejected(bean);
        }
    }

    private static Map<String, Object> copy(VariableScope scope) {
        return Collections.unmodifiableMap(new TreeMap<>(scope.getVariables()));
    }

    private static String key(String processDefinitionId) {
        return processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
    }

    private void requireBean(String bean) {
        if (!beanNames().contains(bean)) {
            throw new IllegalArgumentException(bean + " is not a bean named in Delegates");
        }
    }

    private static List<String> beanNames() {
        List<String> names = new ArrayList<>();
        for (Field field : Delegates.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }
}
