package gov.supervision.command.task.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.supervision.command.task.api.ProgressReported;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * ProgressReported revision 1 (the walking skeleton) was not part of a follow-up round: it reads as revision 2 in
 * round 0, with an id made from the unit and the event's sequence number, and no evidence or citations.
 */
public class ProgressReportedWithoutRound extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ProgressReported.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        long sequence = event.getSequenceNumber().orElse(0L);
        return event.upcastPayload(new SimpleSerializedType(ProgressReported.class.getName(), "2"), JsonNode.class,
                payload -> {
                    ObjectNode report = (ObjectNode) payload;
                    report.put("reportId", "0/" + report.path("unit").path("id").asText() + "/" + sequence);
                    report.put("round", 0);
                    report.putArray("evidence");
                    report.putArray("citedContributions");
                    return report;
                });
    }
}
