package gov.supervision.app.worklist;

import java.time.Instant;
import java.util.List;

/**
 * An open BPMN user task the current user may complete.
 *
 * @param id     the Camunda task id, to complete it with
 * @param step   the model's element id, such as Task_Acknowledge
 * @param taskId the supervised task it belongs to
 * @param fields what its form asks for
 */
public record WorkItem(
        String id,
        String name,
        String step,
        String taskId,
        String planNumber,
        Integer taskNumber,
        String unitId,
        Instant created,
        List<Field> fields) {

    /** One field of the form: its id (the JSON key to send), label, type and whether it is required. */
    public record Field(String id, String label, String type, boolean required) {
    }
}
