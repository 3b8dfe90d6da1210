package gov.supervision.bpmn;

import gov.supervision.bpmn.FakeSteps.Call;
import gov.supervision.bpmn.FollowUpProcess.Elements;
import gov.supervision.bpmn.FollowUpProcess.FormFields;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static gov.supervision.bpmn.FakeSteps.FIRST_ROUND_LATER;
import static gov.supervision.bpmn.FakeSteps.MOVED_REMINDER_BEFORE;
import static gov.supervision.bpmn.FakeSteps.REPORT_REMINDER_BEFORE;
import static gov.supervision.bpmn.FakeSteps.REPORT_WINDOW;
import static gov.supervision.bpmn.FakeSteps.RESUBMISSION_REMINDER_AFTER;
import static gov.supervision.bpmn.FakeSteps.RESUBMISSION_WINDOW;
import static gov.supervision.bpmn.FakeSteps.ROUND_INTERVAL;
import static gov.supervision.bpmn.FakeSteps.before;
import static gov.supervision.bpmn.FakeSteps.clockAt;
import static gov.supervision.bpmn.FakeSteps.fire;
import static gov.supervision.bpmn.FakeSteps.in;
import static gov.supervision.bpmn.FakeSteps.timer;
import static gov.supervision.bpmn.FakeSteps.timerDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of {@code follow-up} (调度), on PostgreSQL, with every delegate a {@link FakeSteps fake}: rounds open at
 * once or on schedule and on their timer; each lead unit reports by the round's due time (a reminder, an extension,
 * a lapse) and a supervisor accepts, returns or escalates the report; close-out ends everything; a stop ends it too.
 */
@Deployment(resources = {DispatchProcess.RESOURCE, FollowUpProcess.RESOURCE, "forms/acknowledge.form",
        "forms/submit-progress-report.form", "forms/review-report.form", "forms/request-close-out.form",
        "forms/verify-close-out.form"})
class FollowUpProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineOnPostgres.extension();

    @RegisterExtension
    final FakeSteps steps = new FakeSteps();

    private final String taskId = UUID.randomUUID().toString();

    @BeforeEach
    void initAssertions() {
        init(engine.getProcessEngine());
    }

    /** Starts the follow-up as a reopened task starts it: by key, with the task's lead units. */
    private ProcessInstance startFollowUp(String... leadUnitIds) {
        return runtimeService().createProcessInstanceByKey(FollowUpProcess.KEY)
                .businessKey(taskId)
                .setVariable(TaskVariables.TASK_ID, taskId)
                .setVariable(TaskVariables.PLAN_NUMBER, "聊政发〔2021〕1号")
                .setVariable(TaskVariables.TASK_NUMBER, 9)
                .setVariable(TaskVariables.LEAD_UNIT_IDS, new ArrayList<>(List.of(leadUnitIds)))
                .execute();
    }

    /** The unit's report task of the round, if it waits. */
    private static Task report(ProcessInstance followUp, String unitId, int round) {
        List<Task> reports = taskQuery().processInstanceId(followUp.getId())
                .taskDefinitionKey(Elements.SUBMIT_PROGRESS_REPORT).taskCandidateGroup(unitId).list().stream()
                .filter(task -> Integer.valueOf(round).equals(taskService().getVariable(task.getId(),
                        TaskVariables.REPORT_ROUND)))
                .toList();
        assertThat(reports).hasSizeLessThanOrEqualTo(1);
        return reports.isEmpty() ? null : reports.get(0);
    }

    private static Task review(ProcessInstance followUp, String reportId) {
        return taskQuery().processInstanceId(followUp.getId()).taskDefinitionKey(Elements.REVIEW_REPORT).list()
                .stream().filter(task -> reportId.equals(taskService().getVariable(task.getId(), FollowUpProcess.Variables.REPORT_ID)))
                .findFirst().orElseThrow(() -> new AssertionError("no review of report " + reportId));
    }

    private static void submit(Task report, long percent) {
        complete(report, withVariables(FormFields.REPORT_TEXT, "完成项目选址", FormFields.PERCENT_COMPLETE, percent,
                FormFields.PROBLEMS, "资金未到位", FormFields.NEXT_STEPS, "开工建设"));
    }

    private static void accept(Task review, String assessment) {
        complete(review, withVariables(FormFields.REVIEW_DECISION, "ACCEPT", FormFields.ASSESSMENT, assessment));
    }

    private static long openTasksAndJobs(ProcessInstance instance) {
        return taskQuery().processInstanceId(instance.getId()).count()
                + jobQuery().processInstanceId(instance.getId()).count();
    }

    @Test
    void theFirstRoundOpensAtOnceAndAsksEachLeadUnitForAReportByItsDueTime() {
        Date due = in(REPORT_WINDOW);

        ProcessInstance followUp = startFollowUp("gxj");

        assertThat(followUp).hasPassed(Elements.START_FOLLOW_UP, Elements.OPEN_ROUND)
                .hasNotPassed(Elements.TIMER_FIRST_ROUND)
                .isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT, Elements.REQUEST_CLOSE_OUT, Elements.TIMER_NEXT_ROUND);
        assertThat(steps.beansCalled()).containsExactly(Delegates.START_FOLLOW_UP, Delegates.OPEN_ROUND);
        Task report = report(followUp, "gxj", 1);
        assertThat(report).hasCandidateGroup("gxj").hasDueDate(due);
        assertThat(taskService().getVariable(report.getId(), TaskVariables.DUE_ID)).isEqualTo("report/1/gxj");
        assertThat(timer(report, Elements.TIMER_REPORT_DUE).getDuedate()).isEqualTo(due);
        assertThat(timer(report, Elements.TIMER_REPORT_REMINDER).getDuedate())
                .isEqualTo(before(due, REPORT_REMINDER_BEFORE));
        assertThat(timerDue(followUp, Elements.TIMER_NEXT_ROUND)).isEqualTo(in(ROUND_INTERVAL));
        assertThat(task(Elements.REQUEST_CLOSE_OUT, followUp)).hasCandidateGroup("gxj");
    }

    @Test
    void theFirstRoundOpensOnScheduleWhenItsTimeComes() {
        steps.firstRoundNow(false);
        Date firstRound = in(FIRST_ROUND_LATER);

        ProcessInstance followUp = startFollowUp("gxj");

        assertThat(followUp).hasPassed(Elements.START_FOLLOW_UP).hasNotPassed(Elements.OPEN_ROUND)
                .isWaitingAt(Elements.TIMER_FIRST_ROUND, Elements.REQUEST_CLOSE_OUT)
                .isNotWaitingAt(Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(steps.calls(Delegates.OPEN_ROUND)).isEmpty();
        assertThat(timerDue(followUp, Elements.TIMER_FIRST_ROUND)).isEqualTo(firstRound);

        fire(followUp, Elements.TIMER_FIRST_ROUND);

        assertThat(followUp).hasPassed(Elements.TIMER_FIRST_ROUND, Elements.OPEN_ROUND)
                .isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT, Elements.REQUEST_CLOSE_OUT, Elements.TIMER_NEXT_ROUND);
        assertThat(FakeSteps.now()).isEqualTo(firstRound);
        assertThat(report(followUp, "gxj", 1)).isNotNull();
        assertThat(report(followUp, "gxj", 1).getDueDate()).isEqualTo(in(REPORT_WINDOW));
    }

    @Test
    void aReportAcceptedOnTrackEndsTheUnitsReportForTheRound() {
        ProcessInstance followUp = startFollowUp("gxj");

        submit(report(followUp, "gxj", 1), 30L);

        Call submitted = steps.call(Delegates.SUBMIT_PROGRESS_REPORT);
        assertThat(submitted.activityId()).isEqualTo(Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(submitted.variables()).containsEntry(TaskVariables.UNIT_ID, "gxj")
                .containsEntry(TaskVariables.REPORT_ROUND, 1)
                .containsEntry(FormFields.REPORT_TEXT, "完成项目选址")
                .containsEntry(FormFields.PERCENT_COMPLETE, 30L);
        assertThat(followUp).isWaitingAt(Elements.REVIEW_REPORT).isNotWaitingAt(Elements.SUBMIT_PROGRESS_REPORT);
        Task review = review(followUp, "1/gxj/1");
        assertThat(review).hasCandidateGroup(CandidateGroups.SUPERVISORS);
        assertThat(jobQuery().processInstanceId(followUp.getId()).activityId(Elements.TIMER_REPORT_DUE).count()).isZero();

        accept(review, "ON_TRACK");

        assertThat(steps.call(Delegates.REVIEW_REPORT).variables())
                .containsEntry(FollowUpProcess.Variables.REPORT_ID, "1/gxj/1")
                .containsEntry(FormFields.REVIEW_DECISION, "ACCEPT")
                .containsEntry(FormFields.ASSESSMENT, "ON_TRACK");
        assertThat(followUp).hasPassed(Elements.REVIEW_REPORT, Elements.REPORT_ACCEPTED, Elements.REPORT)
                .hasNotPassed(Elements.ESCALATE_PROGRESS, Elements.RECORD_REPORT_OVERDUE)
                .isWaitingAt(Elements.REQUEST_CLOSE_OUT, Elements.TIMER_NEXT_ROUND)
                .isNotWaitingAt(Elements.SUBMIT_PROGRESS_REPORT, Elements.REVIEW_REPORT);
        assertThat(steps.calls(Delegates.START_ESCALATION)).isEmpty();
        // the round's local placeholders kept the report in its branch: nothing leaked to the process
        assertThat(runtimeService().getVariables(followUp.getId())).doesNotContainKeys(
                FollowUpProcess.Variables.REPORT_ID, FormFields.REVIEW_DECISION, FormFields.ASSESSMENT,
                FormFields.REPORT_TEXT, TaskVariables.DUE_AT);
    }

    @Test
    void aReturnedReportIsDueAgainByItsNewDueTimeThenResubmittedAndAccepted() {
        ProcessInstance followUp = startFollowUp("gxj");
        submit(report(followUp, "gxj", 1), 30L);
        clockAt(in(Duration.ofDays(1)));
        Date newDue = in(RESUBMISSION_WINDOW);

        complete(review(followUp, "1/gxj/1"), withVariables(FormFields.REVIEW_DECISION, "RETURN",
                FormFields.REVIEW_REASON, "缺少佐证材料"));

        assertThat(steps.call(Delegates.REVIEW_REPORT).variables())
                .containsEntry(FormFields.REVIEW_DECISION, "RETURN")
                .containsEntry(FormFields.REVIEW_REASON, "缺少佐证材料");
        assertThat(followUp).isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT).isNotWaitingAt(Elements.REVIEW_REPORT);
        Task again = report(followUp, "gxj", 1);
        assertThat(again).hasCandidateGroup("gxj").hasDueDate(newDue);
        assertThat(timer(again, Elements.TIMER_REPORT_DUE).getDuedate()).isEqualTo(newDue);
        assertThat(timer(again, Elements.TIMER_REPORT_REMINDER).getDuedate()).isEqualTo(in(RESUBMISSION_REMINDER_AFTER));
        assertThat(taskService().getVariable(again.getId(), FollowUpProcess.Variables.REVIEW_OUTCOME))
                .isEqualTo(FollowUpProcess.ReviewOutcomes.RETURNED);

        submit(again, 60L);
        accept(review(followUp, "1/gxj/2"), "ON_TRACK");

        assertThat(steps.calls(Delegates.SUBMIT_PROGRESS_REPORT)).extracting(call -> call.variable(FormFields.PERCENT_COMPLETE))
                .containsExactly(30L, 60L);
        assertThat(steps.lastCall(Delegates.REVIEW_REPORT).variable(FollowUpProcess.Variables.REPORT_ID))
                .isEqualTo("1/gxj/2");
        assertThat(followUp).hasPassed(Elements.REPORT_ACCEPTED).isNotWaitingAt(Elements.SUBMIT_PROGRESS_REPORT,
                Elements.REVIEW_REPORT);
        assertThat(steps.calls(Delegates.START_ESCALATION)).isEmpty();
    }

    @Test
    void aMissedReportIsRecordedAndEscalatedAndEndsThatUnitsReportForTheRound() {
        ProcessInstance followUp = startFollowUp("fgw", "gxj");
        Task gxj = report(followUp, "gxj", 1);

        fire(timer(gxj, Elements.TIMER_REPORT_DUE));

        assertThat(steps.call(Delegates.RECORD_OVERDUE).variables())
                .containsEntry(TaskVariables.DUE_ID, "report/1/gxj")
                .containsEntry(TaskVariables.UNIT_ID, "gxj");
        Call escalated = steps.call(Delegates.START_ESCALATION);
        assertThat(escalated.activityId()).isEqualTo(Elements.ESCALATE_REPORT_OVERDUE);
        assertThat(escalated.variables())
                .containsEntry(TaskVariables.ESCALATION_REASON, "REPORT_OVERDUE")
                .containsEntry(TaskVariables.UNIT_ID, "gxj")
                .containsEntry(TaskVariables.DUE_ID, "report/1/gxj")
                .containsEntry(TaskVariables.REPORT_ROUND, 1)
                .containsEntry(TaskVariables.STRIKES, 1)
                .containsEntry(TaskVariables.TASK_STRIKES, 1)
                .containsEntry(TaskVariables.DAYS_LATE, 0);
        assertThat(followUp).hasPassed(Elements.TIMER_REPORT_DUE, Elements.RECORD_REPORT_OVERDUE,
                Elements.ESCALATE_REPORT_OVERDUE, Elements.REPORT_MISSED).isNotEnded();
        assertThat(report(followUp, "gxj", 1)).isNull();
        assertThat(report(followUp, "fgw", 1)).isNotNull();
        assertThat(steps.calls(Delegates.REVIEW_REPORT)).isEmpty();
    }

    @ParameterizedTest(name = "assessed {0} → escalated with {1}")
    @CsvSource({"SLOW, SLOW_PROGRESS", "INEFFECTIVE, INEFFECTIVE"})
    void slowOrIneffectiveProgressIsEscalated(String assessment, String reason) {
        ProcessInstance followUp = startFollowUp("gxj");
        submit(report(followUp, "gxj", 1), 10L);

        accept(review(followUp, "1/gxj/1"), assessment);

        Call escalated = steps.call(Delegates.START_ESCALATION);
        assertThat(escalated.activityId()).isEqualTo(Elements.ESCALATE_PROGRESS);
        assertThat(escalated.variables())
                .containsEntry(TaskVariables.ESCALATION_REASON, reason)
                .containsEntry(TaskVariables.ASSESSMENT, assessment)
                .containsEntry(TaskVariables.UNIT_ID, "gxj")
                .containsEntry(TaskVariables.REPORT_ROUND, 1)
                .containsEntry(TaskVariables.STRIKES, 1)
                .containsEntry(TaskVariables.TASK_STRIKES, 1)
                .containsEntry(TaskVariables.DAYS_LATE, 0);
        assertThat(followUp).hasPassed(Elements.ESCALATE_PROGRESS).hasNotPassed(Elements.REPORT_ACCEPTED)
                .isNotWaitingAt(Elements.SUBMIT_PROGRESS_REPORT, Elements.REVIEW_REPORT)
                .isWaitingAt(Elements.REQUEST_CLOSE_OUT, Elements.TIMER_NEXT_ROUND);
    }

    @Test
    void theNextRoundOpensOnItsTimerWhileTheLastRoundsReportIsStillUnderReview() {
        ProcessInstance followUp = startFollowUp("gxj");
        submit(report(followUp, "gxj", 1), 30L);
        Date nextRound = timerDue(followUp, Elements.TIMER_NEXT_ROUND);

        fire(followUp, Elements.TIMER_NEXT_ROUND);

        assertThat(steps.calls(Delegates.OPEN_ROUND)).hasSize(2);
        assertThat(FakeSteps.now()).isEqualTo(nextRound);
        Task round2 = report(followUp, "gxj", 2);
        assertThat(round2).hasCandidateGroup("gxj").hasDueDate(in(REPORT_WINDOW));
        assertThat(taskService().getVariable(round2.getId(), TaskVariables.DUE_ID)).isEqualTo("report/2/gxj");
        assertThat(timer(round2, Elements.TIMER_REPORT_DUE).getDuedate()).isEqualTo(in(REPORT_WINDOW));
        assertThat(review(followUp, "1/gxj/1")).isNotNull();
        assertThat(taskService().getVariable(review(followUp, "1/gxj/1").getId(), TaskVariables.REPORT_ROUND))
                .isEqualTo(1);
        assertThat(timerDue(followUp, Elements.TIMER_NEXT_ROUND)).isEqualTo(in(ROUND_INTERVAL));

        accept(review(followUp, "1/gxj/1"), "ON_TRACK");
        submit(round2, 50L);

        assertThat(review(followUp, "2/gxj/1")).isNotNull();
        assertThat(steps.lastCall(Delegates.SUBMIT_PROGRESS_REPORT).variable(TaskVariables.REPORT_ROUND)).isEqualTo(2);
    }

    @Test
    void aReminderGoesOutBeforeTheReportIsDue() {
        ProcessInstance followUp = startFollowUp("gxj");
        Task report = report(followUp, "gxj", 1);
        Date due = timer(report, Elements.TIMER_REPORT_DUE).getDuedate();

        fire(timer(report, Elements.TIMER_REPORT_REMINDER));

        Call reminded = steps.call(Delegates.SEND_REMINDER);
        assertThat(reminded.activityId()).isEqualTo(Elements.SEND_REPORT_REMINDER);
        assertThat(reminded.variables()).containsEntry(TaskVariables.DUE_ID, "report/1/gxj")
                .containsEntry(TaskVariables.UNIT_ID, "gxj");
        assertThat(FakeSteps.now()).isEqualTo(before(due, REPORT_REMINDER_BEFORE));
        assertThat(followUp).hasPassed(Elements.TIMER_REPORT_REMINDER, Elements.SEND_REPORT_REMINDER)
                .isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(report(followUp, "gxj", 1).getId()).isEqualTo(report.getId());
        assertThat(timer(report, Elements.TIMER_REPORT_DUE).getDuedate()).isEqualTo(due);
        assertThat(jobQuery().executionId(report.getExecutionId()).activityId(Elements.TIMER_REPORT_REMINDER).count())
                .isZero();
    }

    @Test
    void aGrantedExtensionMovesTheReportDueTimeOfThatUnitOnly() {
        ProcessInstance followUp = startFollowUp("fgw", "gxj");
        Date fgwDue = timer(report(followUp, "fgw", 1), Elements.TIMER_REPORT_DUE).getDuedate();
        clockAt(in(Duration.ofDays(2)));
        Date newDue = in(Duration.ofDays(6));

        runtimeService().createMessageCorrelation(TaskVariables.dueExtendedMessage("report/1/gxj"))
                .processInstanceBusinessKey(taskId)
                .setVariable(TaskVariables.NEW_DUE_AT, newDue)
                .correlate();

        Call applied = steps.call(Delegates.APPLY_NEW_DUE);
        assertThat(applied.activityId()).isEqualTo(Elements.APPLY_REPORT_DUE);
        assertThat(applied.variables()).containsEntry(TaskVariables.DUE_ID, "report/1/gxj");
        assertThat(followUp).hasPassed(Elements.REPORT_DUE_EXTENDED, Elements.APPLY_REPORT_DUE)
                .isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT);
        Task gxj = report(followUp, "gxj", 1);
        assertThat(gxj).hasDueDate(newDue);
        assertThat(timer(gxj, Elements.TIMER_REPORT_DUE).getDuedate()).isEqualTo(newDue);
        assertThat(timer(gxj, Elements.TIMER_REPORT_REMINDER).getDuedate()).isEqualTo(before(newDue, MOVED_REMINDER_BEFORE));
        assertThat(timer(report(followUp, "fgw", 1), Elements.TIMER_REPORT_DUE).getDuedate()).isEqualTo(fgwDue);
    }

    @Test
    void closingTheTaskEndsEveryRoundTimerAndTaskOfTheFollowUpAndOfTheDispatchThatCalledIt() {
        steps.dispatchesTo("fgw", "gxj");
        ProcessInstance dispatch = runtimeService().startProcessInstanceByKey(DispatchProcess.KEY, taskId, Map.of(
                TaskVariables.TASK_ID, taskId, TaskVariables.PLAN_NUMBER, "聊政发〔2021〕1号", TaskVariables.TASK_NUMBER, 9));
        taskQuery().processInstanceId(dispatch.getId()).list()
                .forEach(ack -> complete(ack, withVariables(DispatchProcess.FormFields.RESPONSIBLE_PERSON, "张三")));
        ProcessInstance followUp = calledProcessInstance(FollowUpProcess.KEY, dispatch);
        submit(report(followUp, "fgw", 1), 40L);
        fire(followUp, Elements.TIMER_NEXT_ROUND);
        assertThat(followUp).isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT, Elements.REVIEW_REPORT,
                Elements.REQUEST_CLOSE_OUT, Elements.TIMER_NEXT_ROUND);
        assertThat(taskQuery().processInstanceId(followUp.getId()).count()).isEqualTo(5);
        assertThat(jobQuery().processInstanceId(followUp.getId()).count()).isEqualTo(7);

        Task request = task(Elements.REQUEST_CLOSE_OUT, followUp);
        assertThat(request).hasCandidateGroup("fgw").hasCandidateGroup("gxj");
        complete(request, withVariables(FormFields.COMPLETION_EVIDENCE, "验收报告.pdf", FormFields.COMPLETION_NOTE, "已完成"));
        assertThat(task(Elements.VERIFY_CLOSE_OUT, followUp)).hasCandidateGroup(CandidateGroups.SUPERVISORS);
        complete(task(Elements.VERIFY_CLOSE_OUT, followUp), withVariables(FormFields.CLOSE_DECISION, "RETURN",
                FormFields.CLOSE_REASON, "证据不足"));

        assertThat(followUp).hasPassed(Elements.VERIFY_CLOSE_OUT).hasNotPassed(Elements.END_TASK_PROCESSES)
                .isWaitingAt(Elements.REQUEST_CLOSE_OUT);
        assertThat(steps.call(Delegates.VERIFY_COMPLETION).variables())
                .containsEntry(FormFields.CLOSE_DECISION, "RETURN")
                .containsEntry(FormFields.COMPLETION_EVIDENCE, "验收报告.pdf");

        complete(task(Elements.REQUEST_CLOSE_OUT, followUp), withVariables(FormFields.COMPLETION_EVIDENCE,
                "验收报告.pdf\n审计报告.pdf"));
        complete(task(Elements.VERIFY_CLOSE_OUT, followUp), withVariables(FormFields.CLOSE_DECISION, "CLOSE"));

        assertThat(steps.calls(Delegates.REQUEST_COMPLETION)).hasSize(2);
        assertThat(steps.call(Delegates.END_TASK_PROCESSES).activityId()).isEqualTo(Elements.END_TASK_PROCESSES);
        assertThat(followUp).hasPassed(Elements.END_TASK_PROCESSES, Elements.TASK_CLOSED).isEnded();
        assertThat(dispatch).hasPassed(DispatchProcess.Elements.FOLLOW_UP, DispatchProcess.Elements.END).isEnded();
        assertThat(openTasksAndJobs(followUp)).isZero();
        assertThat(openTasksAndJobs(dispatch)).isZero();
        assertThat(processInstanceQuery().processInstanceBusinessKey(taskId).count()).isZero();
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(followUp.getId()).count()).isZero();
    }

    @Test
    @Deployment(resources = {FollowUpProcess.RESOURCE, EscalationProcess.RESOURCE, ExtensionProcess.RESOURCE,
            "forms/submit-progress-report.form", "forms/review-report.form", "forms/request-close-out.form",
            "forms/verify-close-out.form", "forms/decide-step.form", "forms/decide-extension.form"})
    void closingTheTaskEndsItsRunningEscalationsAndExtensionsButNotThoseOfOtherTasks() {
        ProcessInstance followUp = startFollowUp("gxj");
        ProcessInstance escalation = runtimeService().startProcessInstanceByKey(EscalationProcess.KEY, taskId,
                Map.of(TaskVariables.TASK_ID, taskId, TaskVariables.UNIT_ID, "gxj", TaskVariables.STRIKES, 1,
                        TaskVariables.ESCALATION_REASON, "REPORT_OVERDUE"));
        ProcessInstance extension = runtimeService().startProcessInstanceByKey(ExtensionProcess.KEY, taskId,
                Map.of(TaskVariables.TASK_ID, taskId, TaskVariables.UNIT_ID, "gxj", TaskVariables.DUE_ID, "report/1/gxj"));
        String otherTask = UUID.randomUUID().toString();
        ProcessInstance otherEscalation = runtimeService().startProcessInstanceByKey(EscalationProcess.KEY, otherTask,
                Map.of(TaskVariables.TASK_ID, otherTask, TaskVariables.UNIT_ID, "fgw", TaskVariables.STRIKES, 1,
                        TaskVariables.ESCALATION_REASON, "REPORT_OVERDUE"));

        complete(task(Elements.REQUEST_CLOSE_OUT, followUp), withVariables(FormFields.COMPLETION_EVIDENCE, "验收报告.pdf"));
        complete(task(Elements.VERIFY_CLOSE_OUT, followUp), withVariables(FormFields.CLOSE_DECISION, "CLOSE"));

        assertThat(followUp).isEnded();
        assertThat(escalation).isEnded();
        assertThat(extension).isEnded();
        assertThat(otherEscalation).isNotEnded().isWaitingAt(EscalationProcess.Elements.DECIDE_STEP);
    }

    @Test
    void stoppingTheFollowUpEndsIt() {
        ProcessInstance followUp = startFollowUp("fgw", "gxj");
        submit(report(followUp, "fgw", 1), 40L);

        runtimeService().createMessageCorrelation(FollowUpProcess.STOP_MESSAGE)
                .processInstanceBusinessKey(taskId)
                .setVariable(FollowUpProcess.Variables.STOP_REASON, "任务调整")
                .correlate();

        Call stopped = steps.call(Delegates.STOP_FOLLOW_UP);
        assertThat(stopped.activityId()).isEqualTo(Elements.STOP_FOLLOW_UP);
        assertThat(stopped.variables()).containsEntry(FollowUpProcess.Variables.STOP_REASON, "任务调整");
        assertThat(followUp).hasPassed(Elements.STOP_FOLLOW_UP, Elements.FOLLOW_UP_STOPPED)
                .hasNotPassed(Elements.END_TASK_PROCESSES, Elements.TASK_CLOSED).isEnded();
        assertThat(openTasksAndJobs(followUp)).isZero();
    }

    @Test
    void aReopenedTaskStartsANewFollowUpThatRunsRoundsAgain() {
        ProcessInstance closed = startFollowUp("gxj");
        complete(task(Elements.REQUEST_CLOSE_OUT, closed), withVariables(FormFields.COMPLETION_EVIDENCE, "验收报告.pdf"));
        complete(task(Elements.VERIFY_CLOSE_OUT, closed), withVariables(FormFields.CLOSE_DECISION, "CLOSE"));
        assertThat(closed).isEnded();
        clockAt(in(Duration.ofDays(30)));

        ProcessInstance reopened = startFollowUp("gxj");

        assertThat(reopened).hasBusinessKey(taskId).hasPassed(Elements.OPEN_ROUND)
                .isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT, Elements.REQUEST_CLOSE_OUT, Elements.TIMER_NEXT_ROUND);
        Task report = report(reopened, "gxj", 1);
        assertThat(report).hasCandidateGroup("gxj").hasDueDate(in(REPORT_WINDOW));
        assertThat(steps.calls(Delegates.OPEN_ROUND)).extracting(Call::processInstanceId)
                .containsExactly(closed.getId(), reopened.getId());

        submit(report, 10L);
        accept(review(reopened, "1/gxj/1"), "ON_TRACK");
        fire(reopened, Elements.TIMER_NEXT_ROUND);

        assertThat(report(reopened, "gxj", 2)).isNotNull();
    }

    @Test
    void aRejectedReportKeepsTheReportTaskOpen() {
        ProcessInstance followUp = startFollowUp("gxj");
        Task report = report(followUp, "gxj", 1);
        steps.rejectNext(Delegates.SUBMIT_PROGRESS_REPORT);

        assertThatThrownBy(() -> submit(report, 130L)).satisfies(FakeSteps::isRejection);

        assertThat(followUp).isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT).isNotWaitingAt(Elements.REVIEW_REPORT);
        assertThat(report(followUp, "gxj", 1).getId()).isEqualTo(report.getId());
        assertThat(taskService().getVariable(report.getId(), FormFields.PERCENT_COMPLETE)).isNull();
        assertThat(timer(report, Elements.TIMER_REPORT_DUE)).isNotNull();
    }

    @Test
    void eachUserTaskShowsItsCamundaForm() {
        ProcessInstance followUp = startFollowUp("gxj");
        submit(report(followUp, "gxj", 1), 30L);
        complete(task(Elements.REQUEST_CLOSE_OUT, followUp), withVariables(FormFields.COMPLETION_EVIDENCE, "验收报告.pdf"));
        fire(followUp, Elements.TIMER_NEXT_ROUND);

        List<Task> tasks = new ArrayList<>(taskQuery().processInstanceId(followUp.getId()).list());
        tasks.add(task(Elements.REQUEST_CLOSE_OUT, startFollowUp("gxj")));
        Map<String, String> forms = new TreeMap<>();
        tasks.forEach(task -> forms.put(task.getTaskDefinitionKey(), TaskForms.formRef(task)));

        assertThat(forms).containsExactlyInAnyOrderEntriesOf(Map.of(
                Elements.SUBMIT_PROGRESS_REPORT, "submit-progress-report",
                Elements.REVIEW_REPORT, "review-report",
                Elements.REQUEST_CLOSE_OUT, "request-close-out",
                Elements.VERIFY_CLOSE_OUT, "verify-close-out"));
        assertThat(tasks).allSatisfy(task -> assertThat(TaskForms.deployedFormId(task)).isEqualTo(TaskForms.formRef(task)));
    }
}
