package gov.supervision.command.task.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.supervision.command.task.api.TaskDispatched;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * TaskDispatched revision 1 (the walking skeleton) had no acknowledgement due time: it reads as revision 2 with
 * none, so no acknowledgement of such a dispatch is ever overdue.
 */
public class TaskDispatchedWithoutDueTime extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(TaskDispatched.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(TaskDispatched.class.getName(), "2"), JsonNode.class,
                payload -> ((ObjectNode) payload).putNull("acknowledgementDueAt"));
    }
}
