package gov.supervision.app.audit.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.command.plan.api.PlanImported;
import gov.supervision.command.task.api.TaskRegistered;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One aggregate's chain as a plan's digest takes it in: where it ends, and which plan it belongs to. A task belongs
 * to the plan its {@code TaskRegistered} names; a plan's own chain holds its {@code PlanImported} events.
 *
 * @param planNumber   the plan it belongs to, {@code null} for neither task nor plan
 * @param lastHash     the hash stored with its last event, {@code null} if that event has none
 */
record ChainSummary(String aggregateId, Kind kind, String planNumber, int events, long lastSequence,
                    String lastHash) {

    enum Kind { PLAN, TASK, OTHER }

    private static final ObjectMapper JSON = new ObjectMapper();

    static ChainSummary of(List<StoredEvent> chain) {
        StoredEvent last = chain.get(chain.size() - 1);
        String id = last.content().aggregateIdentifier();
        Optional<String> task = planNamedBy(chain, TaskRegistered.class.getName());
        Optional<String> plan = planNamedBy(chain, PlanImported.class.getName());
        Kind kind = plan.isPresent() ? Kind.PLAN : task.isPresent() ? Kind.TASK : Kind.OTHER;
        return new ChainSummary(id, kind, plan.or(() -> task).orElse(null), chain.size(), last.sequence(),
                last.chainHash());
    }

    private static Optional<String> planNamedBy(List<StoredEvent> chain, String payloadType) {
        return chain.stream().filter(e -> payloadType.equals(e.content().payloadType())).findFirst()
                .map(e -> planNumber(e.content().payload()));
    }

    private static String planNumber(byte[] payload) {
        try {
            JsonNode number = JSON.readTree(payload).get("planNumber");
            return number == null || !number.isTextual() ? null : number.asText();
        } catch (IOException e) {
            return null; // an altered payload that is no longer JSON: the chain check names it
        }
    }
}
