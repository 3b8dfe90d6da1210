package gov.supervision.app.audit;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes the event table behind the engine's back, with plain SQL as someone with write access to the database
 * would, and puts every touched task's rows back exactly as they were.
 */
final class Tampering {

    private static final String TABLE = "domain_event_entry";
    private static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, type, "
            + "event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp";

    private final JdbcTemplate jdbc;
    private final Map<String, List<Map<String, Object>>> originals = new LinkedHashMap<>();

    Tampering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces text in one event's stored JSON payload. */
    void alterPayload(String taskId, long sequence, String text, String replacement) {
        keep(taskId);
        int changed = jdbc.update("UPDATE " + TABLE + " SET payload = convert_to(replace(convert_from(payload, "
                        + "'UTF8'), ?, ?), 'UTF8') WHERE aggregate_identifier = ? AND sequence_number = ?",
                text, replacement, taskId, sequence);
        check(changed, 1);
    }

    void delete(String taskId, long sequence) {
        keep(taskId);
        check(jdbc.update("DELETE FROM " + TABLE + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                taskId, sequence), 1);
    }

    /** Two events exchange what they say (payload, its type and revision); each keeps its place and metadata. */
    void swapPayloads(String taskId, long first, long second) {
        keep(taskId);
        check(jdbc.update("UPDATE " + TABLE + " e SET payload = o.payload, payload_type = o.payload_type, "
                + "payload_revision = o.payload_revision FROM " + TABLE + " o "
                + "WHERE e.aggregate_identifier = ? AND o.aggregate_identifier = e.aggregate_identifier "
                + "AND ((e.sequence_number = ? AND o.sequence_number = ?) "
                + "OR (e.sequence_number = ? AND o.sequence_number = ?))", taskId, first, second, second, first), 2);
    }

    /** Two whole rows exchange their sequence numbers: the events change places. */
    void swapSequenceNumbers(String taskId, long first, long second) {
        keep(taskId);
        String move = "UPDATE " + TABLE + " SET sequence_number = ? WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?";
        check(jdbc.update(move, -1L, taskId, first), 1);
        check(jdbc.update(move, first, taskId, second), 1);
        check(jdbc.update(move, second, taskId, -1L), 1);
    }

    /** Empties one event's metadata, its chain hash with it. */
    void dropMetaData(String taskId, long sequence) {
        keep(taskId);
        check(jdbc.update("UPDATE " + TABLE + " SET meta_data = convert_to('{}', 'UTF8') "
                + "WHERE aggregate_identifier = ? AND sequence_number = ?", taskId, sequence), 1);
    }

    /** Every touched task's rows as they were before the first change. */
    void restore() {
        originals.forEach((taskId, rows) -> {
            jdbc.update("DELETE FROM " + TABLE + " WHERE aggregate_identifier = ?", taskId);
            rows.forEach(row -> jdbc.update("INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)",
                    row.get("global_index"), row.get("aggregate_identifier"), row.get("sequence_number"),
                    row.get("type"), row.get("event_identifier"), row.get("meta_data"), row.get("payload"),
                    row.get("payload_revision"), row.get("payload_type"), row.get("time_stamp")));
        });
        originals.clear();
    }

    private void keep(String taskId) {
        originals.computeIfAbsent(taskId, id -> jdbc.queryForList("SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE aggregate_identifier = ?", id));
    }

    private static void check(int rows, int expected) {
        if (rows != expected) {
            throw new IllegalStateException("the tampering touched " + rows + " rows, not " + expected);
        }
    }
}
