package gov.supervision.bpmn;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Camunda Form of a user task, as Tasklist resolves it: the key the task references and the form deployed. */
final class TaskForms {

    private TaskForms() {
    }

    /** The key of the Camunda Form the task references ({@code camunda:formRef}). */
    static String formRef(Task task) {
        Task withFormKey = BpmnAwareTests.taskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
        return withFormKey.getCamundaFormRef().getKey();
    }

    /** The id inside the deployed form file that the task's reference resolves to. */
    static String deployedFormId(Task task) {
        try (InputStream form = BpmnAwareTests.formService().getDeployedTaskForm(task.getId())) {
            return Spin.JSON(new String(form.readAllBytes(), StandardCharsets.UTF_8)).prop("id").stringValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
