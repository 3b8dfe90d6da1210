package gov.supervision.app;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** Reads the event table directly, as an auditor with psql would. */
public class EventLog {

    private final JdbcTemplate jdbc;

    public EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    public long count(String eventType) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE ?", Long.class,
                "%." + eventType);
    }

    /** The simple type names of one task's events, in sequence order. */
    public List<String> types(String taskId) {
        return jdbc.queryForList("""
                SELECT substring(payload_type from '[^.]+$') FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class, taskId);
    }

    /** One event's stored payload, as text. */
    public String payload(String taskId, long sequence) {
        return jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = ?""", String.class, taskId, sequence);
    }
}
