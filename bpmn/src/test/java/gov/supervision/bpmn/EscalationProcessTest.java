package gov.supervision.bpmn;

import gov.supervision.bpmn.EscalationProcess.Elements;
import gov.supervision.bpmn.EscalationProcess.FormFields;
import gov.supervision.bpmn.FakeSteps.Call;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static gov.supervision.bpmn.FakeSteps.MOVED_REMINDER_BEFORE;
import static gov.supervision.bpmn.FakeSteps.RECTIFICATION_REMINDER_BEFORE;
import static gov.supervision.bpmn.FakeSteps.RECTIFICATION_WINDOW;
import static gov.supervision.bpmn.FakeSteps.before;
import static gov.supervision.bpmn.FakeSteps.clockAt;
import static gov.supervision.bpmn.FakeSteps.fire;
import static gov.supervision.bpmn.FakeSteps.in;
import static gov.supervision.bpmn.FakeSteps.timerDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code escalation} (督办问责), on PostgreSQL, with every delegate a {@link FakeSteps fake}: the policy
 * proposes a step (and may raise supervision), a supervisor decides it, a rectification order is rectified by its
 * due time (a reminder, an extension, a lapse) and verified or rejected; and the graduated chain the bulletin asks
 * for, end to end with the real escalation policy (DMN): criticism, admonition, accountability.
 */
@Deployment(resources = {EscalationProcess.RESOURCE, "forms/decide-step.form", "forms/rectify.form",
        "forms/verify-rectification.form"})
class EscalationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineOnPostgres.extension();

    @RegisterExtension
    final FakeSteps steps = new FakeSteps();

    private final String taskId = UUID.randomUUID().toString();

    @BeforeEach
    void initAssertions() {
        init(engine.getProcessEngine());
    }

    /** Starts an escalation as the "Escalate" steps of the other models start it. */
    private ProcessInstance escalate(String reason, int strikes, int taskStrikes, String assessment) {
        VariableMap variables = Variables.createVariables()
                .putValue(TaskVariables.TASK_ID, taskId)
                .putValue(TaskVariables.PLAN_NUMBER, "聊政发〔2021〕1号")
                .putValue(TaskVariables.TASK_NUMBER, 9)
                .putValue(TaskVariables.UNIT_ID, "gxj")
                .putValue(TaskVariables.ESCALATION_REASON, reason)
                .putValue(TaskVariables.STRIKES, strikes)
                .putValue(TaskVariables.TASK_STRIKES, taskStrikes)
                .putValue(TaskVariables.DAYS_LATE, 0)
                .putValue(TaskVariables.ASSESSMENT, assessment)
                .putValue(TaskVariables.REPORT_ROUND, 1);
        return runtimeService().startProcessInstanceByKey(EscalationProcess.KEY, taskId, variables);
    }

    private ProcessInstance escalateReportOverdue(int strikes) {
        return escalate("REPORT_OVERDUE", strikes, strikes, null);
    }

    private static void decide(ProcessInstance escalation, String step) {
        complete(task(Elements.DECIDE_STEP, escalation), withVariables(FormFields.STEP, step,
                FormFields.STEP_REASON, "依据督办办法"));
    }

    /** The supervisor confirms the step the policy proposed. */
    private static void decideAsProposed(ProcessInstance escalation) {
        decide(escalation, (String) runtimeService().getVariable(escalation.getId(),
                EscalationProcess.Variables.PROPOSED_STEP));
    }

    private static void rectify(ProcessInstance escalation) {
        complete(task(Elements.RECTIFY, escalation), withVariables(FormFields.RECTIFICATION_TEXT, "已整改到位",
                FormFields.RECTIFICATION_EVIDENCE, "整改报告.pdf"));
    }

    private static void verify(ProcessInstance escalation, String verification) {
        complete(task(Elements.VERIFY_RECTIFICATION, escalation), withVariables(FormFields.VERIFICATION, verification,
                FormFields.VERIFICATION_REASON, "现场核查"));
    }

    private List<ProcessInstance> escalationsOfTheTask() {
        return new ArrayList<>(processInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
                .processInstanceBusinessKey(taskId).list());
    }

    @Test
    void aReminderIsIssuedWithNoRectificationAndTheEscalationEnds() {
        steps.proposes("REMINDER");

        ProcessInstance escalation = escalateReportOverdue(0);

        Call proposed = steps.call(Delegates.PROPOSE_ESCALATION);
        assertThat(proposed.activityId()).isEqualTo(Elements.PROPOSE_STEP);
        assertThat(proposed.variables()).containsEntry(TaskVariables.ESCALATION_REASON, "REPORT_OVERDUE")
                .containsEntry(TaskVariables.UNIT_ID, "gxj").containsEntry(TaskVariables.STRIKES, 0);
        assertThat(escalation).hasPassed(Elements.PROPOSE_STEP).hasNotPassed(Elements.RAISE_SUPERVISION)
                .isWaitingAt(Elements.DECIDE_STEP);
        assertThat(escalation).variables()
                .containsEntry(EscalationProcess.Variables.ESCALATION_ID, "E1")
                .containsEntry(EscalationProcess.Variables.PROPOSED_STEP, "REMINDER")
                .containsEntry(EscalationProcess.Variables.POLICY_VERSION, 1)
                .containsEntry(FormFields.STEP, "REMINDER");
        assertThat(task()).hasCandidateGroup(CandidateGroups.SUPERVISORS);

        decide(escalation, "REMINDER");

        assertThat(steps.call(Delegates.ISSUE_NOTICE).variables()).containsEntry(FormFields.STEP, "REMINDER")
                .containsEntry(FormFields.STEP_REASON, "依据督办办法");
        assertThat(escalation).hasPassed(Elements.DECIDE_STEP, Elements.NOTICE_ISSUED)
                .hasNotPassed(Elements.RECTIFY).isEnded();
        assertThat(steps.calls(Delegates.START_ESCALATION)).isEmpty();
    }

    @Test
    void criticismOrdersARectificationThatTheSupervisorVerifies() {
        ProcessInstance escalation = escalateReportOverdue(1);
        Date due = in(RECTIFICATION_WINDOW);

        decide(escalation, "CRITICISM");

        assertThat(escalation).hasPassed(Elements.DECIDE_STEP).isWaitingAt(Elements.RECTIFY);
        assertThat(escalation).variables().containsEntry(EscalationProcess.Variables.RECTIFICATION_ORDERED, true)
                .containsEntry(TaskVariables.DUE_ID, "rect/E1");
        assertThat(task()).hasCandidateGroup("gxj").hasDueDate(due);
        assertThat(timerDue(escalation, Elements.TIMER_RECTIFICATION_DUE)).isEqualTo(due);
        assertThat(timerDue(escalation, Elements.TIMER_RECTIFICATION_REMINDER))
                .isEqualTo(before(due, RECTIFICATION_REMINDER_BEFORE));

        rectify(escalation);

        Call rectified = steps.call(Delegates.REPORT_RECTIFICATION);
        assertThat(rectified.activityId()).isEqualTo(Elements.RECTIFY);
        assertThat(rectified.variables()).containsEntry(FormFields.RECTIFICATION_TEXT, "已整改到位")
                .containsEntry(EscalationProcess.Variables.ESCALATION_ID, "E1");
        assertThat(escalation).isWaitingAt(Elements.VERIFY_RECTIFICATION);
        assertThat(task()).hasCandidateGroup(CandidateGroups.SUPERVISORS);
        assertThat(jobQuery().processInstanceId(escalation.getId()).count()).isZero();

        verify(escalation, "ACCEPT");

        assertThat(steps.call(Delegates.VERIFY_RECTIFICATION).variables())
                .containsEntry(FormFields.VERIFICATION, "ACCEPT");
        assertThat(escalation).hasPassed(Elements.VERIFY_RECTIFICATION, Elements.RECTIFIED)
                .hasNotPassed(Elements.ESCALATE_RECTIFICATION_NOT_MET).isEnded();
        assertThat(steps.calls(Delegates.START_ESCALATION)).isEmpty();
    }

    @Test
    void theSupervisorMayTakeAnotherStepThanTheProposedOne() {
        steps.proposes("CRITICISM");
        ProcessInstance escalation = escalateReportOverdue(1);

        decide(escalation, "REMINDER");

        assertThat(escalation).hasPassed(Elements.NOTICE_ISSUED).hasNotPassed(Elements.RECTIFY).isEnded();
        assertThat(steps.call(Delegates.ISSUE_NOTICE).variables()).containsEntry(FormFields.STEP, "REMINDER")
                .containsEntry(EscalationProcess.Variables.PROPOSED_STEP, "CRITICISM");
    }

    @Test
    void aReminderGoesOutBeforeTheRectificationIsDue() {
        ProcessInstance escalation = escalateReportOverdue(1);
        decide(escalation, "CRITICISM");
        Date due = timerDue(escalation, Elements.TIMER_RECTIFICATION_DUE);
        String rectify = task(escalation).getId();

        fire(escalation, Elements.TIMER_RECTIFICATION_REMINDER);

        Call reminded = steps.call(Delegates.SEND_REMINDER);
        assertThat(reminded.activityId()).isEqualTo(Elements.SEND_RECTIFICATION_REMINDER);
        assertThat(reminded.variables()).containsEntry(TaskVariables.DUE_ID, "rect/E1");
        assertThat(FakeSteps.now()).isEqualTo(before(due, RECTIFICATION_REMINDER_BEFORE));
        assertThat(escalation).hasPassed(Elements.SEND_RECTIFICATION_REMINDER).isWaitingAt(Elements.RECTIFY);
        assertThat(task(escalation).getId()).isEqualTo(rectify);
        assertThat(timerDue(escalation, Elements.TIMER_RECTIFICATION_DUE)).isEqualTo(due);
    }

    @Test
    void aMissedRectificationIsRecordedAndEscalatedAgain() {
        steps.strikesSoFar("gxj", 1, 1);
        ProcessInstance escalation = escalateReportOverdue(1);
        decide(escalation, "CRITICISM");

        fire(escalation, Elements.TIMER_RECTIFICATION_DUE);

        assertThat(steps.call(Delegates.RECORD_OVERDUE).variables()).containsEntry(TaskVariables.DUE_ID, "rect/E1");
        Call escalated = steps.call(Delegates.START_ESCALATION);
        assertThat(escalated.activityId()).isEqualTo(Elements.ESCALATE_RECTIFICATION_MISSED);
        assertThat(escalated.variables())
                .containsEntry(TaskVariables.ESCALATION_REASON, "RECTIFICATION_NOT_MET")
                .containsEntry(TaskVariables.UNIT_ID, "gxj")
                .containsEntry(TaskVariables.DUE_ID, "rect/E1")
                .containsEntry(TaskVariables.STRIKES, 2)
                .containsEntry(TaskVariables.TASK_STRIKES, 2);
        assertThat(escalation).hasPassed(Elements.TIMER_RECTIFICATION_DUE, Elements.RECORD_RECTIFICATION_MISSED,
                Elements.ESCALATE_RECTIFICATION_MISSED).hasNotPassed(Elements.VERIFY_RECTIFICATION).isEnded();
        assertThat(taskQuery().processInstanceId(escalation.getId()).count()).isZero();
    }

    @Test
    void aRejectedRectificationIsAStrikeAndEscalatedAgain() {
        steps.strikesSoFar("gxj", 1, 1);
        ProcessInstance escalation = escalateReportOverdue(1);
        decide(escalation, "CRITICISM");
        rectify(escalation);

        verify(escalation, "REJECT");

        assertThat(steps.call(Delegates.VERIFY_RECTIFICATION).variables()).containsEntry(FormFields.VERIFICATION, "REJECT");
        Call escalated = steps.call(Delegates.START_ESCALATION);
        assertThat(escalated.activityId()).isEqualTo(Elements.ESCALATE_RECTIFICATION_NOT_MET);
        assertThat(escalated.variables())
                .containsEntry(TaskVariables.ESCALATION_REASON, "RECTIFICATION_NOT_MET")
                .containsEntry(TaskVariables.UNIT_ID, "gxj")
                .containsEntry(TaskVariables.STRIKES, 2)
                .containsEntry(TaskVariables.TASK_STRIKES, 2)
                .containsEntry(TaskVariables.DAYS_LATE, 0);
        assertThat(escalation).hasPassed(Elements.ESCALATE_RECTIFICATION_NOT_MET).hasNotPassed(Elements.RECTIFIED)
                .isEnded();
    }

    @Test
    void supervisionIsRaisedWhenTheTasksStrikesReachTheThreshold() {
        steps.raisesSupervision(true);

        ProcessInstance escalation = escalate("SLOW_PROGRESS", 1, 3, "SLOW");

        Call raised = steps.call(Delegates.RAISE_SUPERVISION);
        assertThat(raised.activityId()).isEqualTo(Elements.RAISE_SUPERVISION);
        assertThat(raised.variables()).containsEntry(EscalationProcess.Variables.ESCALATION_ID, "E1")
                .containsEntry(TaskVariables.TASK_STRIKES, 3);
        assertThat(escalation).hasPassedInOrder(Elements.PROPOSE_STEP, Elements.RAISE_SUPERVISION)
                .isWaitingAt(Elements.DECIDE_STEP);
    }

    @Test
    void supervisionIsNotRaisedBelowTheThreshold() {
        steps.raisesSupervision(false);

        ProcessInstance escalation = escalate("SLOW_PROGRESS", 1, 2, "SLOW");

        assertThat(steps.calls(Delegates.RAISE_SUPERVISION)).isEmpty();
        assertThat(escalation).hasPassed(Elements.PROPOSE_STEP).hasNotPassed(Elements.RAISE_SUPERVISION)
                .isWaitingAt(Elements.DECIDE_STEP);
    }

    @Test
    void aGrantedExtensionMovesTheRectificationDueTime() {
        ProcessInstance escalation = escalateReportOverdue(1);
        decide(escalation, "CRITICISM");
        clockAt(in(Duration.ofDays(3)));
        Date newDue = in(Duration.ofDays(14));

        runtimeService().createMessageCorrelation(TaskVariables.dueExtendedMessage("rect/E1"))
                .processInstanceBusinessKey(taskId)
                .setVariable(TaskVariables.NEW_DUE_AT, newDue)
                .correlate();

        assertThat(steps.call(Delegates.APPLY_NEW_DUE).activityId()).isEqualTo(Elements.APPLY_RECTIFICATION_DUE);
        assertThat(escalation).hasPassed(Elements.RECTIFICATION_DUE_EXTENDED, Elements.APPLY_RECTIFICATION_DUE)
                .isWaitingAt(Elements.RECTIFY);
        assertThat(task(escalation)).hasCandidateGroup("gxj").hasDueDate(newDue);
        assertThat(timerDue(escalation, Elements.TIMER_RECTIFICATION_DUE)).isEqualTo(newDue);
        assertThat(timerDue(escalation, Elements.TIMER_RECTIFICATION_REMINDER))
                .isEqualTo(before(newDue, MOVED_REMINDER_BEFORE));
    }

    @Test
    void aRejectedNoticeKeepsTheDecisionOpen() {
        ProcessInstance escalation = escalateReportOverdue(1);
        Task decideStep = task(escalation);
        steps.rejectNext(Delegates.ISSUE_NOTICE);

        assertThatThrownBy(() -> decide(escalation, "CRITICISM")).satisfies(FakeSteps::isRejection);

        assertThat(escalation).isWaitingAt(Elements.DECIDE_STEP).hasNotPassed(Elements.RECTIFY);
        assertThat(task(escalation).getId()).isEqualTo(decideStep.getId());
        assertThat(jobQuery().processInstanceId(escalation.getId()).count()).isZero();
    }

    @Test
    @Deployment(resources = {FollowUpProcess.RESOURCE, EscalationProcess.RESOURCE, EscalationPolicy.RESOURCE,
            "forms/submit-progress-report.form", "forms/review-report.form", "forms/request-close-out.form",
            "forms/verify-close-out.form", "forms/decide-step.form", "forms/rectify.form",
            "forms/verify-rectification.form"})
    void aReportMissedTwiceIsPubliclyCriticisedThenTheUnitIsAdmonished() {
        steps.startsEscalations().proposesByPolicy();
        ProcessInstance followUp = runtimeService().createProcessInstanceByKey(FollowUpProcess.KEY)
                .businessKey(taskId)
                .setVariable(TaskVariables.TASK_ID, taskId)
                .setVariable(TaskVariables.LEAD_UNIT_IDS, new ArrayList<>(List.of("gxj")))
                .execute();

        fire(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE);

        List<ProcessInstance> escalations = escalationsOfTheTask();
        assertThat(escalations).hasSize(1);
        ProcessInstance first = escalations.get(0);
        assertThat(first).isWaitingAt(Elements.DECIDE_STEP).variables()
                .containsEntry(TaskVariables.ESCALATION_REASON, "REPORT_OVERDUE")
                .containsEntry(TaskVariables.REPORT_ROUND, 1)
                .containsEntry(TaskVariables.STRIKES, 1)
                .containsEntry(EscalationProcess.Variables.PROPOSED_STEP, "CRITICISM");
        decideAsProposed(first);
        assertThat(first).isWaitingAt(Elements.RECTIFY);

        fire(followUp, FollowUpProcess.Elements.TIMER_NEXT_ROUND);
        fire(followUp, FollowUpProcess.Elements.TIMER_REPORT_DUE);

        escalations = escalationsOfTheTask();
        escalations.removeIf(instance -> instance.getId().equals(first.getId()));
        assertThat(escalations).hasSize(1);
        ProcessInstance second = escalations.get(0);
        assertThat(second).isWaitingAt(Elements.DECIDE_STEP).variables()
                .containsEntry(TaskVariables.ESCALATION_REASON, "REPORT_OVERDUE")
                .containsEntry(TaskVariables.REPORT_ROUND, 2)
                .containsEntry(TaskVariables.STRIKES, 2)
                .containsEntry(EscalationProcess.Variables.PROPOSED_STEP, "ADMONITION");
        decideAsProposed(second);

        assertThat(second).isWaitingAt(Elements.RECTIFY).hasNotPassed(Elements.RAISE_SUPERVISION);
        assertThat(steps.calls(Delegates.ISSUE_NOTICE)).extracting(call -> call.variable(FormFields.STEP))
                .containsExactly("CRITICISM", "ADMONITION");
        assertThat(steps.calls(Delegates.START_ESCALATION)).extracting(call -> call.variable(TaskVariables.DUE_ID))
                .containsExactly("report/1/gxj", "report/2/gxj");
        assertThat(runtimeService().getVariable(second.getId(), TaskVariables.DUE_ID)).isEqualTo("rect/E2");
    }

    @Test
    @Deployment(resources = {EscalationProcess.RESOURCE, EscalationPolicy.RESOURCE, "forms/decide-step.form",
            "forms/rectify.form", "forms/verify-rectification.form"})
    void aRectificationMissedAfterAnAdmonitionLeadsToAccountabilityAndRaisedSupervision() {
        steps.startsEscalations().proposesByPolicy().strikesSoFar("gxj", 2, 2);
        ProcessInstance admonition = escalateReportOverdue(2);
        assertThat(admonition).variables().containsEntry(EscalationProcess.Variables.PROPOSED_STEP, "ADMONITION");
        decideAsProposed(admonition);

        fire(admonition, Elements.TIMER_RECTIFICATION_DUE);

        assertThat(admonition).hasPassed(Elements.ESCALATE_RECTIFICATION_MISSED).isEnded();
        List<ProcessInstance> escalations = escalationsOfTheTask();
        assertThat(escalations).hasSize(1);
        ProcessInstance accountability = escalations.get(0);
        assertThat(accountability).hasPassed(Elements.RAISE_SUPERVISION).isWaitingAt(Elements.DECIDE_STEP).variables()
                .containsEntry(TaskVariables.ESCALATION_REASON, "RECTIFICATION_NOT_MET")
                .containsEntry(TaskVariables.STRIKES, 3)
                .containsEntry(EscalationProcess.Variables.PROPOSED_STEP, "ACCOUNTABILITY")
                .containsEntry(EscalationProcess.Variables.RAISE_SUPERVISION, true);

        decideAsProposed(accountability);

        assertThat(accountability).hasPassed(Elements.NOTICE_ISSUED).hasNotPassed(Elements.RECTIFY).isEnded();
        assertThat(steps.lastCall(Delegates.ISSUE_NOTICE).variable(FormFields.STEP)).isEqualTo("ACCOUNTABILITY");
        assertThat(steps.call(Delegates.RAISE_SUPERVISION).processInstanceId()).isEqualTo(accountability.getId());
    }

    @Test
    void eachUserTaskShowsItsCamundaForm() {
        ProcessInstance escalation = escalateReportOverdue(1);
        Map<String, String> forms = new TreeMap<>();
        formOf(escalation, forms);
        decide(escalation, "CRITICISM");
        formOf(escalation, forms);
        rectify(escalation);
        formOf(escalation, forms);

        assertThat(forms).containsExactlyInAnyOrderEntriesOf(Map.of(
                Elements.DECIDE_STEP, "decide-step",
                Elements.RECTIFY, "rectify",
                Elements.VERIFY_RECTIFICATION, "verify-rectification"));
    }

    /** Notes the form the waiting task references, after checking that it resolves to that deployed form. */
    private static void formOf(ProcessInstance instance, Map<String, String> forms) {
        Task task = task(instance);
        assertThat(TaskForms.deployedFormId(task)).isEqualTo(TaskForms.formRef(task));
        forms.put(task.getTaskDefinitionKey(), TaskForms.formRef(task));
    }
}
