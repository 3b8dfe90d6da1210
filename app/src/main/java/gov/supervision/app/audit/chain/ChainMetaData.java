package gov.supervision.app.audit.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * Where an event's chain hash lives: the entry {@value #KEY} of its metadata, which the event table stores as
 * JSON in the {@code meta_data} column.
 */
public final class ChainMetaData {

    public static final String KEY = "chainHash";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChainMetaData() {
    }

    /** The chain hash in stored metadata; empty when there is none or the column is not JSON. */
    public static Optional<String> chainHash(byte[] storedMetaData) {
        if (storedMetaData == null || storedMetaData.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode hash = JSON.readTree(storedMetaData).get(KEY);
            return hash != null && hash.isTextual() ? Optional.of(hash.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
