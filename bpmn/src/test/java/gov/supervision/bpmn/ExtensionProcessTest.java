package gov.supervision.bpmn;

import gov.supervision.bpmn.ExtensionProcess.Elements;
import gov.supervision.bpmn.ExtensionProcess.FormFields;
import gov.supervision.bpmn.FakeSteps.Call;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.supervision.bpmn.FakeSteps.DEFAULT_EXTENSION;
import static gov.supervision.bpmn.FakeSteps.MOVED_REMINDER_BEFORE;
import static gov.supervision.bpmn.FakeSteps.before;
import static gov.supervision.bpmn.FakeSteps.clockAt;
import static gov.supervision.bpmn.FakeSteps.fire;
import static gov.supervision.bpmn.FakeSteps.in;
import static gov.supervision.bpmn.FakeSteps.timerDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code extension} (延期), on PostgreSQL, with every delegate a {@link FakeSteps fake}: a granted
 * extension moves the due timer of the step waiting in another process of the task (a follow-up's report, a
 * dispatch's acknowledgement, an escalation's rectification) through its "DueExtended-…" message; a refused one
 * moves nothing; a rejected request starts nothing.
 */
@Deployment(resources = {ExtensionProcess.RESOURCE, FollowUpProcess.RESOURCE, "forms/decide-extension.form",
        "forms/submit-progress-report.form", "forms/review-report.form", "forms/request-close-out.form",
        "forms/verify-close-out.form"})
class ExtensionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineOnPostgres.extension();

    @RegisterExtension
    final FakeSteps steps = new FakeSteps();

    private final String taskId = UUID.randomUUID().toString();

    @BeforeEach
    void initAssertions() {
        init(engine.getProcessEngine());
    }

    private ProcessInstance startFollowUp() {
        return runtimeService().createProcessInstanceByKey(FollowUpProcess.KEY)
                .businessKey(taskId)
                .setVariable(TaskVariables.TASK_ID, taskId)
                .setVariable(TaskVariables.PLAN_NUMBER, "聊政发〔2021〕1号")
                .setVariable(TaskVariables.TASK_NUMBER, 9)
                .setVariable(TaskVariables.LEAD_UNIT_IDS, new ArrayList<>(List.of("gxj")))
                .execute();
    }

    /** A unit asks for more time, as ExtensionRequests starts the process. */
    private ProcessInstance requestExtension(String dueId, Date requestedDueAt) {
        return runtimeService().createProcessInstanceByKey(ExtensionProcess.KEY)
                .businessKey(taskId)
                .setVariable(TaskVariables.TASK_ID, taskId)
                .setVariable(TaskVariables.PLAN_NUMBER, "聊政发〔2021〕1号")
                .setVariable(TaskVariables.TASK_NUMBER, 9)
                .setVariable(TaskVariables.UNIT_ID, "gxj")
                .setVariable(TaskVariables.DUE_ID, dueId)
                .setVariable(ExtensionProcess.Variables.REQUESTED_DUE_AT, requestedDueAt)
                .setVariable(ExtensionProcess.Variables.EXTENSION_REASON, "春节假期")
                .execute();
    }

    private static void grant(ProcessInstance extension, Date grantedDueAt) {
        complete(task(Elements.DECIDE_EXTENSION, extension), withVariables(FormFields.DECISION, "GRANT",
                FormFields.NEW_DUE_AT, grantedDueAt, FormFields.DECISION_REASON, "理由充分"));
    }

    @Test
    void aGrantedExtensionMovesTheDueTimersOfTheReportWaitingInTheFollowUp() {
        ProcessInstance followUp = startFollowUp();
        clockAt(in(Duration.ofDays(1)));
        Date requested = in(Duration.ofDays(8));

        ProcessInstance extension = requestExtension("report/1/gxj", requested);

        Call requestedCall = steps.call(Delegates.REQUEST_EXTENSION);
        assertThat(requestedCall.activityId()).isEqualTo(Elements.REQUEST_EXTENSION);
        assertThat(requestedCall.variables()).containsEntry(TaskVariables.DUE_ID, "report/1/gxj")
                .containsEntry(ExtensionProcess.Variables.REQUESTED_DUE_AT, requested)
                .containsEntry(ExtensionProcess.Variables.EXTENSION_REASON, "春节假期");
        assertThat(extension).hasPassed(Elements.REQUEST_EXTENSION).isWaitingAt(Elements.DECIDE_EXTENSION).variables()
                .containsEntry(ExtensionProcess.Variables.EXTENSION_ID, "X1");
        assertThat(task()).hasCandidateGroup(CandidateGroups.SUPERVISORS);

        grant(extension, requested);

        assertThat(steps.call(Delegates.DECIDE_EXTENSION).variables()).containsEntry(FormFields.DECISION, "GRANT")
                .containsEntry(ExtensionProcess.Variables.EXTENSION_ID, "X1");
        Call moved = steps.call(Delegates.MOVE_DUE_TIME);
        assertThat(moved.activityId()).isEqualTo(Elements.MOVE_DUE_TIME);
        assertThat(moved.variables()).containsEntry(TaskVariables.NEW_DUE_AT, requested)
                .containsEntry(ExtensionProcess.Variables.EXTENSION_GRANTED, true);
        assertThat(extension).hasPassed(Elements.MOVE_DUE_TIME, Elements.EXTENDED).hasNotPassed(Elements.REFUSED)
                .isEnded();

        Call applied = steps.call(Delegates.APPLY_NEW_DUE);
        assertThat(applied.processInstanceId()).isEqualTo(followUp.getId());
        assertThat(applied.activityId()).isEqualTo(FollowUpProcess.Elements.APPLY_REPORT_DUE);
        assertThat(followUp).hasPassed(FollowUpProcess.Elements.REPORT_DUE_EXTENDED)
                .isWaitingAt(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(task(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT, followUp)).hasDueDate(requested);
        assertThat(timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE)).isEqualTo(requested);
        assertThat(timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_REMINDER))
                .isEqualTo(before(requested, MOVED_REMINDER_BEFORE));
    }

    @Test
    @Deployment(resources = {ExtensionProcess.RESOURCE, DispatchProcess.RESOURCE, FollowUpProcess.RESOURCE,
            "forms/decide-extension.form", "forms/acknowledge.form", "forms/submit-progress-report.form",
            "forms/review-report.form", "forms/request-close-out.form", "forms/verify-close-out.form"})
    void aGrantedExtensionWithNoDateGivenMovesTheAcknowledgementOfTheDispatchByTheDefaultTime() {
        ProcessInstance dispatch = runtimeService().startProcessInstanceByKey(DispatchProcess.KEY, taskId, Map.of(
                TaskVariables.TASK_ID, taskId, TaskVariables.PLAN_NUMBER, "聊政发〔2021〕1号", TaskVariables.TASK_NUMBER, 9));
        ProcessInstance extension = requestExtension("ack/gxj", null);
        Date newDue = in(DEFAULT_EXTENSION);

        complete(task(Elements.DECIDE_EXTENSION, extension), withVariables(FormFields.DECISION, "GRANT"));

        assertThat(extension).hasPassed(Elements.EXTENDED).isEnded();
        assertThat(steps.call(Delegates.APPLY_NEW_DUE).processInstanceId()).isEqualTo(dispatch.getId());
        assertThat(dispatch).hasPassed(DispatchProcess.Elements.DUE_EXTENDED, DispatchProcess.Elements.APPLY_NEW_DUE)
                .isWaitingAt(DispatchProcess.Elements.ACKNOWLEDGE);
        assertThat(timerDue(dispatch, DispatchProcess.Elements.TIMER_DUE)).isEqualTo(newDue);
        assertThat(timerDue(dispatch, DispatchProcess.Elements.TIMER_REMINDER))
                .isEqualTo(before(newDue, MOVED_REMINDER_BEFORE));
    }

    @Test
    @Deployment(resources = {ExtensionProcess.RESOURCE, EscalationProcess.RESOURCE, "forms/decide-extension.form",
            "forms/decide-step.form", "forms/rectify.form", "forms/verify-rectification.form"})
    void aGrantedExtensionMovesTheRectificationOfAnEscalation() {
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(EscalationProcess.KEY, taskId, Map.of(
                TaskVariables.TASK_ID, taskId, TaskVariables.UNIT_ID, "gxj", TaskVariables.STRIKES, 1,
                TaskVariables.ESCALATION_REASON, "SLOW_PROGRESS"));
        complete(task(EscalationProcess.Elements.DECIDE_STEP, escalation),
                withVariables(EscalationProcess.FormFields.STEP, "CRITICISM"));
        Date requested = in(Duration.ofDays(20));

        grant(requestExtension("rect/E1", requested), requested);

        assertThat(escalation).hasPassed(EscalationProcess.Elements.APPLY_RECTIFICATION_DUE)
                .isWaitingAt(EscalationProcess.Elements.RECTIFY);
        assertThat(timerDue(escalation, EscalationProcess.Elements.TIMER_RECTIFICATION_DUE)).isEqualTo(requested);
    }

    @Test
    void aRefusedExtensionMovesNothing() {
        ProcessInstance followUp = startFollowUp();
        Date due = timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE);
        Date reminder = timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_REMINDER);
        String report = task(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT, followUp).getId();
        ProcessInstance extension = requestExtension("report/1/gxj", in(Duration.ofDays(10)));

        complete(task(Elements.DECIDE_EXTENSION, extension), withVariables(FormFields.DECISION, "REFUSE",
                FormFields.DECISION_REASON, "无正当理由"));

        assertThat(steps.call(Delegates.DECIDE_EXTENSION).variables()).containsEntry(FormFields.DECISION, "REFUSE");
        assertThat(extension).hasPassed(Elements.DECIDE_EXTENSION, Elements.REFUSED)
                .hasNotPassed(Elements.MOVE_DUE_TIME, Elements.EXTENDED).isEnded();
        assertThat(steps.calls(Delegates.MOVE_DUE_TIME)).isEmpty();
        assertThat(steps.calls(Delegates.APPLY_NEW_DUE)).isEmpty();
        assertThat(followUp).hasNotPassed(FollowUpProcess.Elements.REPORT_DUE_EXTENDED)
                .isWaitingAt(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(task(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT, followUp).getId()).isEqualTo(report);
        assertThat(timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE)).isEqualTo(due);
        assertThat(timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_REMINDER)).isEqualTo(reminder);
    }

    /** The unit reported anyway before the decision: the step that settles the due sends "DueSettled-…". */
    @Test
    void aRequestWhoseDueIsSettledBeforeTheDecisionEndsMootAndMovesNothing() {
        ProcessInstance followUp = startFollowUp();
        Date due = timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE);
        ProcessInstance onTheReport = requestExtension("report/1/gxj", in(Duration.ofDays(10)));
        ProcessInstance onARectification = requestExtension("rect/E1", in(Duration.ofDays(10)));

        runtimeService().createMessageCorrelation(TaskVariables.dueSettledMessage("report/1/gxj"))
                .processInstanceBusinessKey(taskId).correlateAllWithResult();

        assertThat(onTheReport).hasPassed(Elements.DUE_SETTLED, Elements.MOOT)
                .hasNotPassed(Elements.MOVE_DUE_TIME, Elements.EXTENDED, Elements.REFUSED).isEnded();
        assertThat(taskQuery().processInstanceId(onTheReport.getId()).count()).isZero();
        assertThat(steps.calls(Delegates.DECIDE_EXTENSION)).isEmpty();
        assertThat(steps.calls(Delegates.MOVE_DUE_TIME)).isEmpty();
        assertThat(onARectification).as("a request on another due").isWaitingAt(Elements.DECIDE_EXTENSION);
        assertThat(followUp).isWaitingAt(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE)).isEqualTo(due);
    }

    @Test
    void aRejectedRequestStartsNothing() {
        startFollowUp();
        steps.rejectNext(Delegates.REQUEST_EXTENSION);

        assertThatThrownBy(() -> requestExtension("report/1/gxj", in(Duration.ofDays(10))))
                .satisfies(FakeSteps::isRejection);

        assertThat(processInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).processInstanceBusinessKey(taskId)
                .count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY)
                .processInstanceBusinessKey(taskId).count()).isZero();
        assertThat(taskQuery().taskDefinitionKey(Elements.DECIDE_EXTENSION).processInstanceBusinessKey(taskId).count())
                .isZero();
    }

    @Test
    void aRejectedGrantKeepsTheDecisionOpenAndMovesNothing() {
        ProcessInstance followUp = startFollowUp();
        Date due = timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE);
        ProcessInstance extension = requestExtension("report/1/gxj", in(Duration.ofDays(10)));
        Task decide = task(extension);
        steps.rejectNext(Delegates.DECIDE_EXTENSION);

        assertThatThrownBy(() -> grant(extension, in(Duration.ofDays(10)))).satisfies(FakeSteps::isRejection);

        assertThat(extension).isWaitingAt(Elements.DECIDE_EXTENSION);
        assertThat(task(extension).getId()).isEqualTo(decide.getId());
        assertThat(steps.calls(Delegates.MOVE_DUE_TIME)).isEmpty();
        assertThat(timerDue(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE)).isEqualTo(due);
    }

    @Test
    void aGrantForAStepThatNoLongerWaitsRollsBackAndLeavesTheDecisionOpen() {
        ProcessInstance followUp = startFollowUp();
        ProcessInstance extension = requestExtension("report/1/gxj", in(Duration.ofDays(10)));
        fire(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE);
        assertThat(followUp).hasPassed(FollowUpProcess.Elements.REPORT_MISSED);

        assertThatThrownBy(() -> grant(extension, in(Duration.ofDays(10))))
                .isInstanceOf(MismatchingMessageCorrelationException.class)
                .hasMessageContaining(TaskVariables.dueExtendedMessage("report/1/gxj"));

        assertThat(extension).isWaitingAt(Elements.DECIDE_EXTENSION).hasNotPassed(Elements.MOVE_DUE_TIME);
        assertThat(runtimeService().getVariable(extension.getId(), ExtensionProcess.Variables.EXTENSION_GRANTED)).isNull();

        complete(task(Elements.DECIDE_EXTENSION, extension), withVariables(FormFields.DECISION, "REFUSE",
                FormFields.DECISION_REASON, "已逾期"));

        assertThat(extension).hasPassed(Elements.REFUSED).isEnded();
    }

    @Test
    void theDecisionShowsItsCamundaForm() {
        ProcessInstance extension = requestExtension("report/1/gxj", in(Duration.ofDays(10)));

        Task decide = taskQuery().processInstanceId(extension.getId()).initializeFormKeys().singleResult();

        assertThat(decide.getCamundaFormRef().getKey()).isEqualTo("decide-extension");
        assertThat(TaskForms.deployedFormId(decide)).isEqualTo("decide-extension");
    }
}
