package gov.supervision.app.worklist;

import gov.supervision.process.forms.FormField;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An open BPMN user task the current user may complete.
 *
 * @param id     the Camunda task id, to complete it with
 * @param step   the model's element id, such as Task_Acknowledge
 * @param taskId the supervised task it belongs to
 * @param dueId  what the step owes by {@code dueAt}, for an extension request (null if it has no due time)
 * @param fields what its form asks for
 * @param values the current values of the form's fields (what a reviewer reads, what the form is prefilled with)
 */
public record WorkItem(
        String id,
        String name,
        String step,
        String processKey,
        String taskId,
        String planNumber,
        Integer taskNumber,
        String unitId,
        Instant created,
        String dueId,
        Instant dueAt,
        List<FormField> fields,
        Map<String, Object> values) {
}
