package gov.supervision.app.security;

import gov.supervision.app.Doors;
import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the record is at one moment, as an auditor would take it: the number of events, every projection's tables'
 * checksums (once they have processed the whole log) and the verification's plan digests.
 */
record RecordSnapshot(long events, Map<String, String> checksums, Map<String, String> digests, boolean intact) {

    static RecordSnapshot take(Doors doors, JdbcTemplate jdbc) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode projection : doors.get("supervisor", "/api/projections").json().get("projections")) {
                if (projection.get("position").isNull()
                        || projection.get("position").asLong() < projection.get("head").asLong()
                        || !projection.get("error").isNull()) {
                    return false;
                }
            }
            return true;
        });
        Map<String, String> checksums = new TreeMap<>();
        for (JsonNode projection : doors.get("supervisor", "/api/projections").json().get("projections")) {
            for (JsonNode table : projection.get("tables")) {
                checksums.put(projection.get("name").asText() + "." + table.get("name").asText(),
                        table.get("checksum").asText());
            }
        }
        JsonNode verification = doors.get("auditor", "/api/audit/verification").json();
        Map<String, String> digests = new TreeMap<>();
        verification.path("plans").forEach(plan -> digests.put(plan.get("planNumber").asText(),
                plan.get("digest").asText()));
        return new RecordSnapshot(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class),
                checksums, digests, verification.path("intact").asBoolean());
    }
}
