package gov.supervision.app.audit.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains the events of one aggregate: {@code SHA-256} over the previous event's chain hash and the
 * event's {@link EventContent}, as lowercase hex. The bytes hashed, in this order, each field written as a 4-byte
 * big-endian length followed by its bytes ({@code NULL} as length -1 and no bytes; text in UTF-8):
 * <ol>
 *   <li>the tag {@value #TAG}</li>
 *   <li>the previous event's chain hash (64 hex characters), or {@link #GENESIS} for sequence 0</li>
 *   <li>aggregate identifier, aggregate type, sequence number (decimal), event identifier</li>
 *   <li>payload type, payload revision, payload bytes, time stamp</li>
 * </ol>
 * Length prefixes make the encoding unambiguous: no two different contents give the same bytes.
 */
public final class ChainHash {

    /** Names the layout, so that a future layout can never be confused with this one. */
    public static final String TAG = "supervision/event-chain/v1";
    /** What the first event of an aggregate (sequence 0) chains to. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String next(String previous, EventContent event) {
        return new Fields()
                .add(TAG)
                .add(previous)
                .add(event.aggregateIdentifier())
                .add(event.aggregateType())
                .add(Long.toString(event.sequenceNumber()))
                .add(event.eventIdentifier())
                .add(event.payloadType())
                .add(event.payloadRevision())
                .add(event.payload())
                .add(event.timeStamp())
                .sha256();
    }

    /** Length-prefixed fields fed into one SHA-256; also the digest of a plan. */
    public static final class Fields {

        private final MessageDigest digest;

        public Fields() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        public Fields add(String text) {
            return add(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        public Fields add(byte[] bytes) {
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                digest.update(bytes);
            }
            return this;
        }

        public String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
