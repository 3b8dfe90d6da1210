package gov.supervision.app.audit.chain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain hash is SHA-256 over the documented, length-prefixed layout, so anyone can recompute it. */
class ChainHashTest {

    static final EventContent ACKNOWLEDGED = new EventContent("8d468d9c-0458-33b8-908a-5d3a943343d7",
            "SupervisedTask", 2, "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
            "gov.supervision.command.task.api.TaskAcknowledged", "1",
            "{\"unit\":\"gxj\",\"responsiblePerson\":\"李四\"}".getBytes(StandardCharsets.UTF_8),
            "2027-01-12T06:00:00.000Z");

    @Test
    void aKnownEventGivesTheHashOfItsDocumentedLayout() throws Exception {
        byte[] layout = layout("supervision/event-chain/v1", "0".repeat(64),
                "8d468d9c-0458-33b8-908a-5d3a943343d7", "SupervisedTask", "2", "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
                "gov.supervision.command.task.api.TaskAcknowledged", "1",
                "{\"unit\":\"gxj\",\"responsiblePerson\":\"李四\"}", "2027-01-12T06:00:00.000Z");

        String hash = ChainHash.next(ChainHash.GENESIS, ACKNOWLEDGED);

        assertThat(hash).isEqualTo(sha256(layout));
        // the same bytes hashed by Python's hashlib (struct.pack('>i', len) + utf-8 bytes per field)
        assertThat(hash).isEqualTo("3aaf552fbbcf200c515173ba7023497ef6d54bd99f7415be09fd446276e8ed9c");
    }

    @Test
    void aMissingRevisionIsNotAnEmptyOne() {
        EventContent noRevision = new EventContent(ACKNOWLEDGED.aggregateIdentifier(), ACKNOWLEDGED.aggregateType(),
                2, ACKNOWLEDGED.eventIdentifier(), ACKNOWLEDGED.payloadType(), null, ACKNOWLEDGED.payload(),
                ACKNOWLEDGED.timeStamp());
        EventContent emptyRevision = new EventContent(ACKNOWLEDGED.aggregateIdentifier(),
                ACKNOWLEDGED.aggregateType(), 2, ACKNOWLEDGED.eventIdentifier(), ACKNOWLEDGED.payloadType(), "",
                ACKNOWLEDGED.payload(), ACKNOWLEDGED.timeStamp());

        assertThat(ChainHash.next(ChainHash.GENESIS, noRevision))
                .isEqualTo("a424c0a1ae211d085d36e82327a449e48d39e3c92b6baa475535d1cd3fbb0d98")
                .isNotEqualTo(ChainHash.next(ChainHash.GENESIS, emptyRevision));
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        EventContent one = new EventContent("ab", "c", 0, "e", "t", "1", new byte[]{1}, "s");
        EventContent other = new EventContent("a", "bc", 0, "e", "t", "1", new byte[]{1}, "s");

        assertThat(ChainHash.next(ChainHash.GENESIS, one)).isNotEqualTo(ChainHash.next(ChainHash.GENESIS, other));
    }

    @Test
    void everyFieldAndThePreviousHashCount() {
        String hash = ChainHash.next(ChainHash.GENESIS, ACKNOWLEDGED);

        assertThat(ChainHash.next("1".repeat(64), ACKNOWLEDGED)).isNotEqualTo(hash);
        assertThat(ChainHash.next(ChainHash.GENESIS, ACKNOWLEDGED.atSequence(3))).isNotEqualTo(hash);
        EventContent otherTime = new EventContent(ACKNOWLEDGED.aggregateIdentifier(), ACKNOWLEDGED.aggregateType(),
                2, ACKNOWLEDGED.eventIdentifier(), ACKNOWLEDGED.payloadType(), "1", ACKNOWLEDGED.payload(),
                "2027-01-12T06:00:00.001Z");
        assertThat(ChainHash.next(ChainHash.GENESIS, otherTime)).isNotEqualTo(hash);
        assertThat(ChainHash.GENESIS).hasSize(64).matches("0+");
    }

    /** Each field as a 4-byte big-endian length, then its UTF-8 bytes, as ChainHash documents. */
    private static byte[] layout(String... fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (String field : fields) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
