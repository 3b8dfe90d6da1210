package gov.supervision.bpmn;

import gov.supervision.bpmn.DispatchProcess.Elements;
import gov.supervision.bpmn.FakeSteps.Call;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.supervision.bpmn.DispatchProcess.FormFields.RESPONSIBLE_PERSON;
import static gov.supervision.bpmn.FakeSteps.ACKNOWLEDGEMENT_REMINDER_BEFORE;
import static gov.supervision.bpmn.FakeSteps.ACKNOWLEDGEMENT_WINDOW;
import static gov.supervision.bpmn.FakeSteps.MOVED_REMINDER_BEFORE;
import static gov.supervision.bpmn.FakeSteps.before;
import static gov.supervision.bpmn.FakeSteps.clockAt;
import static gov.supervision.bpmn.FakeSteps.fire;
import static gov.supervision.bpmn.FakeSteps.in;
import static gov.supervision.bpmn.FakeSteps.timerDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code dispatch} (交办), on PostgreSQL, with every delegate a {@link FakeSteps fake}: dispatch →
 * each lead unit acknowledges by its due time (a reminder before, an escalation after, an extension moves it) →
 * the called follow-up.
 */
@Deployment(resources = {DispatchProcess.RESOURCE, FollowUpProcess.RESOURCE, "forms/acknowledge.form",
        "forms/submit-progress-report.form", "forms/review-report.form", "forms/request-close-out.form",
        "forms/verify-close-out.form"})
class DispatchProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineOnPostgres.extension();

    @RegisterExtension
    final FakeSteps steps = new FakeSteps();

    private final String taskId = UUID.randomUUID().toString();

    @BeforeEach
    void initAssertions() {
        init(engine.getProcessEngine());
    }

    private ProcessInstance startInspection() {
        return runtimeService().startProcessInstanceByKey(DispatchProcess.KEY, taskId, Map.of(
                TaskVariables.TASK_ID, taskId,
                TaskVariables.PLAN_NUMBER, "聊政发〔2021〕1号",
                TaskVariables.TASK_NUMBER, 9,
                TaskVariables.STARTED_BY, "supervisor1"));
    }

    private static Task acknowledgement(ProcessInstance dispatch, String unitId) {
        return taskQuery().processInstanceId(dispatch.getId()).taskDefinitionKey(Elements.ACKNOWLEDGE)
                .taskCandidateGroup(unitId).singleResult();
    }

    @Test
    void anAcknowledgementOnTimeStartsTheFollowUpWhoseFirstRoundAsksTheUnitForItsReport() {
        Date due = in(ACKNOWLEDGEMENT_WINDOW);

        ProcessInstance dispatch = startInspection();

        assertThat(dispatch).hasPassed(Elements.START, Elements.DISPATCH_TASK).isWaitingAt(Elements.ACKNOWLEDGE);
        Call dispatched = steps.call(Delegates.DISPATCH_TASK);
        assertThat(dispatched.activityId()).isEqualTo(Elements.DISPATCH_TASK);
        assertThat(dispatched.variable(TaskVariables.TASK_ID)).isEqualTo(taskId);
        assertThat(task()).hasCandidateGroup("gxj").hasDueDate(due);
        assertThat(timerDue(dispatch, Elements.TIMER_DUE)).isEqualTo(due);
        assertThat(timerDue(dispatch, Elements.TIMER_REMINDER))
                .isEqualTo(before(due, ACKNOWLEDGEMENT_REMINDER_BEFORE));

        complete(task(), withVariables(RESPONSIBLE_PERSON, "李四"));

        Call acknowledged = steps.call(Delegates.ACKNOWLEDGE);
        assertThat(acknowledged.variables())
                .containsEntry(TaskVariables.UNIT_ID, "gxj")
                .containsEntry(RESPONSIBLE_PERSON, "李四")
                .containsEntry(TaskVariables.DUE_ID, "ack/gxj");
        assertThat(dispatch).hasPassed(Elements.ACKNOWLEDGE, Elements.ACKNOWLEDGED)
                .hasNotPassed(Elements.SEND_REMINDER, Elements.RECORD_OVERDUE, Elements.ESCALATE, Elements.APPLY_NEW_DUE)
                .isWaitingAt(Elements.FOLLOW_UP);
        assertThat(jobQuery().processInstanceId(dispatch.getId()).count()).isZero();

        ProcessInstance followUp = calledProcessInstance(FollowUpProcess.KEY, dispatch);
        assertThat(followUp).hasBusinessKey(taskId)
                .hasPassed(FollowUpProcess.Elements.START_FOLLOW_UP, FollowUpProcess.Elements.OPEN_ROUND)
                .isWaitingAt(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT, FollowUpProcess.Elements.REQUEST_CLOSE_OUT,
                        FollowUpProcess.Elements.TIMER_NEXT_ROUND);
        assertThat(followUp).variables()
                .containsEntry(TaskVariables.TASK_ID, taskId)
                .containsEntry(TaskVariables.PLAN_NUMBER, "聊政发〔2021〕1号")
                .containsEntry(TaskVariables.TASK_NUMBER, 9)
                .containsEntry(TaskVariables.LEAD_UNIT_IDS, List.of("gxj"));
        assertThat(task(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT, followUp)).hasCandidateGroup("gxj");
        assertThat(steps.beansCalled()).containsExactly(Delegates.DISPATCH_TASK,
                Delegates.ACKNOWLEDGE, Delegates.START_FOLLOW_UP, Delegates.OPEN_ROUND);
    }

    @Test
    void aReminderGoesOutBeforeTheAcknowledgementIsDue() {
        ProcessInstance dispatch = startInspection();
        Date due = timerDue(dispatch, Elements.TIMER_DUE);
        String acknowledge = task(dispatch).getId();

        fire(dispatch, Elements.TIMER_REMINDER);

        Call reminded = steps.call(Delegates.SEND_REMINDER);
        assertThat(reminded.activityId()).isEqualTo(Elements.SEND_REMINDER);
        assertThat(reminded.variables())
                .containsEntry(TaskVariables.DUE_ID, "ack/gxj")
                .containsEntry(TaskVariables.UNIT_ID, "gxj");
        assertThat(FakeSteps.now()).isEqualTo(before(due, ACKNOWLEDGEMENT_REMINDER_BEFORE));
        assertThat(dispatch).hasPassed(Elements.TIMER_REMINDER, Elements.SEND_REMINDER).isWaitingAt(Elements.ACKNOWLEDGE);
        assertThat(task(dispatch).getId()).isEqualTo(acknowledge);
        assertThat(jobQuery().processInstanceId(dispatch.getId())
                .activityId(Elements.TIMER_REMINDER).count()).isZero();
        assertThat(timerDue(dispatch, Elements.TIMER_DUE)).isEqualTo(due);
    }

    @Test
    void aLapsedAcknowledgementIsRecordedAndEscalatedWhileTheTaskStaysOpenForALateAcknowledgement() {
        ProcessInstance dispatch = startInspection();
        String acknowledge = task(dispatch).getId();

        fire(dispatch, Elements.TIMER_DUE);

        assertThat(steps.call(Delegates.RECORD_OVERDUE).variables())
                .containsEntry(TaskVariables.DUE_ID, "ack/gxj")
                .containsEntry(TaskVariables.UNIT_ID, "gxj");
        Call escalated = steps.call(Delegates.START_ESCALATION);
        assertThat(escalated.activityId()).isEqualTo(Elements.ESCALATE);
        assertThat(escalated.variables())
                .containsEntry(TaskVariables.ESCALATION_REASON, "NOT_ACKNOWLEDGED")
                .containsEntry(TaskVariables.UNIT_ID, "gxj")
                .containsEntry(TaskVariables.DUE_ID, "ack/gxj")
                .containsEntry(TaskVariables.STRIKES, 1)
                .containsEntry(TaskVariables.TASK_STRIKES, 1)
                .containsEntry(TaskVariables.DAYS_LATE, 0);
        assertThat(dispatch).hasPassed(Elements.TIMER_DUE, Elements.RECORD_OVERDUE, Elements.ESCALATE)
                .isWaitingAt(Elements.ACKNOWLEDGE);
        assertThat(task(dispatch).getId()).isEqualTo(acknowledge);

        complete(task(dispatch), withVariables(RESPONSIBLE_PERSON, "李四"));

        assertThat(dispatch).hasPassed(Elements.ACKNOWLEDGED).isWaitingAt(Elements.FOLLOW_UP);
        assertThat(calledProcessInstance(FollowUpProcess.KEY, dispatch))
                .isWaitingAt(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT);
    }

    @Test
    void eachLeadUnitAcknowledgesInItsOwnBranchAndTheFollowUpStartsAfterTheLast() {
        steps.dispatchesTo("fgw", "gxj");

        ProcessInstance dispatch = startInspection();

        assertThat(taskQuery().processInstanceId(dispatch.getId())
                .taskDefinitionKey(Elements.ACKNOWLEDGE).count()).isEqualTo(2);
        Task fgw = acknowledgement(dispatch, "fgw");
        Task gxj = acknowledgement(dispatch, "gxj");
        assertThat(fgw).hasCandidateGroup("fgw");
        assertThat(gxj).hasCandidateGroup("gxj");
        assertThat(taskService().getVariable(fgw.getId(), TaskVariables.DUE_ID))
                .isEqualTo("ack/fgw");
        assertThat(taskService().getVariable(gxj.getId(), TaskVariables.DUE_ID))
                .isEqualTo("ack/gxj");

        complete(fgw, withVariables(RESPONSIBLE_PERSON, "张三"));

        assertThat(steps.call(Delegates.ACKNOWLEDGE).variables())
                .containsEntry(TaskVariables.UNIT_ID, "fgw").containsEntry(RESPONSIBLE_PERSON, "张三");
        assertThat(taskService().getVariable(gxj.getId(), RESPONSIBLE_PERSON)).isNull();
        assertThat(dispatch).isWaitingAt(Elements.ACKNOWLEDGE).isNotWaitingAt(Elements.FOLLOW_UP);
        assertThat(steps.calls(Delegates.START_FOLLOW_UP)).isEmpty();
        assertThat(acknowledgement(dispatch, "fgw")).isNull();
        assertThat(jobQuery().processInstanceId(dispatch.getId()).count()).isEqualTo(2);

        complete(gxj, withVariables(RESPONSIBLE_PERSON, "李四"));

        assertThat(steps.lastCall(Delegates.ACKNOWLEDGE).variables())
                .containsEntry(TaskVariables.UNIT_ID, "gxj").containsEntry(RESPONSIBLE_PERSON, "李四");
        assertThat(dispatch).isWaitingAt(Elements.FOLLOW_UP);
        ProcessInstance followUp = calledProcessInstance(FollowUpProcess.KEY, dispatch);
        assertThat(steps.calls(Delegates.START_FOLLOW_UP)).hasSize(1);
        assertThat(taskQuery().processInstanceId(followUp.getId())
                        .taskDefinitionKey(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT).list())
                .hasSize(2)
                .allSatisfy(report -> assertThat(report.getDueDate()).isNotNull());
        assertThat(task(taskQuery().taskDefinitionKey(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT)
                .taskCandidateGroup("fgw"), followUp)).isNotNull();
        assertThat(task(taskQuery().taskDefinitionKey(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT)
                .taskCandidateGroup("gxj"), followUp)).isNotNull();
    }

    @Test
    void aRejectedDispatchLeavesNoProcessBehind() {
        steps.rejectNext(Delegates.DISPATCH_TASK);

        assertThatThrownBy(this::startInspection).satisfies(FakeSteps::isRejection);

        assertThat(processInstanceQuery().processInstanceBusinessKey(taskId).count())
                .isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(taskId).count()).isZero();
        assertThat(steps.calls()).isEmpty();
    }

    @Test
    void aRejectedAcknowledgementKeepsTheTaskOpen() {
        ProcessInstance dispatch = startInspection();
        Task acknowledge = task(dispatch);
        steps.rejectNext(Delegates.ACKNOWLEDGE);

        assertThatThrownBy(() -> complete(acknowledge, withVariables(RESPONSIBLE_PERSON, "李四")))
                .satisfies(FakeSteps::isRejection);

        assertThat(dispatch).isWaitingAt(Elements.ACKNOWLEDGE).hasNotPassed(Elements.ACKNOWLEDGED);
        assertThat(task(dispatch).getId()).isEqualTo(acknowledge.getId());
        assertThat(taskService().getVariable(acknowledge.getId(), RESPONSIBLE_PERSON))
                .isNull();
        assertThat(jobQuery().processInstanceId(dispatch.getId()).count()).isEqualTo(2);

        complete(acknowledge, withVariables(RESPONSIBLE_PERSON, "李四"));

        assertThat(dispatch).hasPassed(Elements.ACKNOWLEDGED).isWaitingAt(Elements.FOLLOW_UP);
    }

    @Test
    void aGrantedExtensionMovesTheAcknowledgementDueTime() {
        ProcessInstance dispatch = startInspection();
        clockAt(in(Duration.ofDays(1)));
        Date newDue = in(Duration.ofDays(5));

        runtimeService().createMessageCorrelation(TaskVariables.dueExtendedMessage("ack/gxj"))
                .processInstanceBusinessKey(taskId)
                .setVariable(TaskVariables.NEW_DUE_AT, newDue)
                .correlate();

        Call applied = steps.call(Delegates.APPLY_NEW_DUE);
        assertThat(applied.activityId()).isEqualTo(Elements.APPLY_NEW_DUE);
        assertThat(applied.variables()).containsEntry(TaskVariables.NEW_DUE_AT, newDue)
                .containsEntry(TaskVariables.DUE_ID, "ack/gxj");
        assertThat(dispatch).hasPassed(Elements.DUE_EXTENDED, Elements.APPLY_NEW_DUE).isWaitingAt(Elements.ACKNOWLEDGE);
        assertThat(task(dispatch)).hasCandidateGroup("gxj").hasDueDate(newDue);
        assertThat(timerDue(dispatch, Elements.TIMER_DUE)).isEqualTo(newDue);
        assertThat(timerDue(dispatch, Elements.TIMER_REMINDER))
                .isEqualTo(before(newDue, MOVED_REMINDER_BEFORE));
        assertThat(steps.calls(Delegates.RECORD_OVERDUE)).isEmpty();
    }

    @Test
    void theAcknowledgementShowsItsCamundaForm() {
        ProcessInstance dispatch = startInspection();

        Task acknowledge = taskQuery().processInstanceId(dispatch.getId()).initializeFormKeys().singleResult();

        assertThat(acknowledge.getCamundaFormRef().getKey()).isEqualTo("acknowledge");
        assertThat(acknowledge.getCamundaFormRef().getBinding()).isEqualTo("latest");
        assertThat(TaskForms.deployedFormId(acknowledge)).isEqualTo("acknowledge");
    }
}
