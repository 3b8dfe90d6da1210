package gov.supervision.bpmn;

import gov.supervision.bpmn.DispatchProcess.Elements;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.assertj.core.api.Assertions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static gov.supervision.bpmn.DispatchProcess.Beans.ACKNOWLEDGE_LISTENER;
import static gov.supervision.bpmn.DispatchProcess.Beans.DISPATCH_TASK_DELEGATE;
import static gov.supervision.bpmn.DispatchProcess.Beans.SUBMIT_PROGRESS_REPORT_LISTENER;
import static gov.supervision.bpmn.DispatchProcess.FormFields.*;
import static gov.supervision.bpmn.DispatchProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Every path of the {@code dispatch} model, on PostgreSQL, with its delegates mocked by bean name. */
@Deployment(resources = DispatchProcess.RESOURCE)
class DispatchProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineOnPostgres.extension();

    private final JavaDelegate dispatchTask = mock(JavaDelegate.class);
    private final TaskListener acknowledge = mock(TaskListener.class);
    private final TaskListener submitReport = mock(TaskListener.class);
    private final String taskId = UUID.randomUUID().toString();

    @BeforeEach
    void registerMocks() {
        ProcessEngine processEngine = engine.getProcessEngine();
        init(processEngine);
        Mocks.register(DISPATCH_TASK_DELEGATE, dispatchTask);
        Mocks.register(ACKNOWLEDGE_LISTENER, acknowledge);
        Mocks.register(SUBMIT_PROGRESS_REPORT_LISTENER, submitReport);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void aLeadUnitAcknowledgesThenReportsAndTheProcessEnds() throws Exception {
        dispatchesTo("gxj");

        ProcessInstance instance = start();

        verify(dispatchTask).execute(any());
        assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE);
        assertThat(task()).hasCandidateGroup("gxj");
        AtomicReference<Object> responsiblePerson = seenBy(acknowledge, RESPONSIBLE_PERSON);
        AtomicReference<Object> percent = seenBy(submitReport, PERCENT_COMPLETE);
        complete(task(), withVariables(RESPONSIBLE_PERSON, "李四"));
        Assertions.assertThat(responsiblePerson).hasValue("李四");

        assertThat(instance).isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT);
        assertThat(task()).hasCandidateGroup("gxj");
        complete(task(), withVariables(REPORT_TEXT, "已完成规划", PERCENT_COMPLETE, 30L, PROBLEMS, "", NEXT_STEPS, ""));
        Assertions.assertThat(percent).hasValue(30L);

        assertThat(instance).hasPassedInOrder(Elements.DISPATCH_TASK, Elements.ACKNOWLEDGE,
                Elements.SUBMIT_PROGRESS_REPORT, Elements.LEAD_UNIT_REPORTED, Elements.END).isEnded();
    }

    @Test
    void everyLeadUnitWorksInItsOwnBranchAndTheProcessEndsAfterTheLastReport() throws Exception {
        dispatchesTo("fgw", "gxj");

        ProcessInstance instance = start();

        Assertions.assertThat(taskQuery().taskDefinitionKey(Elements.ACKNOWLEDGE).list()).hasSize(2);
        Task fgw = taskQuery().taskCandidateGroup("fgw").singleResult();
        Task gxj = taskQuery().taskCandidateGroup("gxj").singleResult();
        complete(fgw, withVariables(RESPONSIBLE_PERSON, "张三"));
        complete(taskQuery().taskCandidateGroup("fgw").singleResult(),
                withVariables(REPORT_TEXT, "完成", PERCENT_COMPLETE, 100L));

        assertThat(instance).isNotEnded().isWaitingAt(Elements.ACKNOWLEDGE);
        Assertions.assertThat(taskQuery().taskCandidateGroup("fgw").count()).isZero();

        complete(gxj, withVariables(RESPONSIBLE_PERSON, "李四"));
        complete(taskQuery().taskCandidateGroup("gxj").singleResult(),
                withVariables(REPORT_TEXT, "过半", PERCENT_COMPLETE, 50L));
        assertThat(instance).isEnded();
    }

    @Test
    void aRejectedDispatchLeavesNoProcessBehind() throws Exception {
        doThrow(new IllegalStateException("task 12 of plan X is already dispatched")).when(dispatchTask).execute(any());

        assertThatThrownBy(this::start).hasMessageContaining("already dispatched");

        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(taskId).count()).isZero();
        Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(taskId).count())
                .isZero();
    }

    @Test
    void aRejectedAcknowledgementKeepsTheUserTaskOpen() throws Exception {
        dispatchesTo("gxj");
        doThrow(new IllegalStateException("unit sgxj is not a lead unit")).when(acknowledge).notify(any());
        ProcessInstance instance = start();
        Task acknowledgeTask = task(instance);

        assertThatThrownBy(() -> complete(acknowledgeTask, withVariables(RESPONSIBLE_PERSON, "李四")))
                .hasMessageContaining("not a lead unit");

        assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE);
        Assertions.assertThat(task(instance).getId()).isEqualTo(acknowledgeTask.getId());
        Assertions.assertThat(runtimeService().getVariable(instance.getId(), RESPONSIBLE_PERSON)).isNull();
    }

    @Test
    void theAcknowledgementFormRequiresAResponsiblePerson() throws Exception {
        dispatchesTo("gxj");
        ProcessInstance instance = start();

        assertThatThrownBy(() -> formService().submitTaskForm(task(instance).getId(), Map.of()))
                .isInstanceOf(FormFieldValidatorException.class)
                .hasMessageContaining(RESPONSIBLE_PERSON);

        verify(acknowledge, never()).notify(any());
        assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE);
    }

    @Test
    void theReportFormKeepsThePercentBetweenZeroAndHundred() throws Exception {
        dispatchesTo("gxj");
        ProcessInstance instance = start();
        complete(task(instance), withVariables(RESPONSIBLE_PERSON, "李四"));

        assertThatThrownBy(() -> formService().submitTaskForm(task(instance).getId(),
                Map.of(REPORT_TEXT, "完成", PERCENT_COMPLETE, 120L)))
                .isInstanceOf(FormFieldValidatorException.class)
                .hasMessageContaining(PERCENT_COMPLETE);

        verify(submitReport, never()).notify(any());
        assertThat(instance).isWaitingAt(Elements.SUBMIT_PROGRESS_REPORT);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(DispatchProcess.KEY, taskId,
                Map.of(TASK_ID, taskId, PLAN_NUMBER, "聊政发〔2021〕1号", TASK_NUMBER, 9, STARTED_BY, "supervisor"));
    }

    private void dispatchesTo(String... unitIds) throws Exception {
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(LEAD_UNIT_IDS, List.of(unitIds));
            return null;
        }).when(dispatchTask).execute(any());
    }

    /** What the listener sees of a variable when the task completes, in the completing transaction. */
    private static AtomicReference<Object> seenBy(TaskListener listener, String variable) {
        AtomicReference<Object> seen = new AtomicReference<>();
        doAnswer(call -> {
            seen.set(((DelegateTask) call.getArgument(0)).getVariable(variable));
            return null;
        }).when(listener).notify(any());
        return seen;
    }
}
