package gov.supervision.app.audit.chain;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.eventhandling.EventUtils.asDomainEventMessage;

/**
 * Axon's INSERT of appended events, as its own statement builds it, with one addition: each event's metadata gets
 * its chain hash ({@link ChainMetaData#KEY}), computed from the very payload bytes and time stamp text written to the
 * row. The statement runs on the connection of the current transaction (the Camunda step's, or the command's), so
 * chaining adds no connection and no transaction; the previous hash is read on that same connection.
 */
public class ChainedAppendStatement implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        String sql = "INSERT INTO " + schema.domainEventTable() + " (" + String.join(", ",
                schema.eventIdentifierColumn(), schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(),
                schema.typeColumn(), schema.timestampColumn(), schema.payloadTypeColumn(),
                schema.payloadRevisionColumn(), schema.payloadColumn(), schema.metaDataColumn())
                + ") VALUES (?,?,?,?,?,?,?,?,?)";
        PreviousChainHash previous = new PreviousChainHash(connection, schema);
        Map<String, Link> lastInBatch = new HashMap<>();
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (EventMessage<?> message : events) {
                DomainEventMessage<?> event = asDomainEventMessage(message);
                SerializedObject<?> payload = event.serializePayload(serializer, dataType);
                if (!(payload.getData() instanceof byte[] payloadBytes)) {
                    throw new IllegalStateException("chained events must be stored as bytes, not " + dataType);
                }
                // the engine's own time stamp writer writes exactly this text too
                String timeStamp = DateTimeUtils.formatInstant(event.getTimestamp());
                EventContent content = new EventContent(event.getAggregateIdentifier(), event.getType(),
                        event.getSequenceNumber(), event.getIdentifier(), payload.getType().getName(),
                        payload.getType().getRevision(), payloadBytes, timeStamp);
                Link before = lastInBatch.get(content.aggregateIdentifier());
                String previousHash = before != null && before.sequence() == content.sequenceNumber() - 1
                        ? before.hash() : previous.of(content.aggregateIdentifier(), content.sequenceNumber());
                String hash = ChainHash.next(previousHash, content);
                lastInBatch.put(content.aggregateIdentifier(), new Link(content.sequenceNumber(), hash));
                SerializedObject<?> metaData = event.andMetaData(Map.of(ChainMetaData.KEY, hash))
                        .serializeMetaData(serializer, dataType);

                statement.setString(1, content.eventIdentifier());
                statement.setString(2, content.aggregateIdentifier());
                statement.setLong(3, content.sequenceNumber());
                statement.setString(4, content.aggregateType());
                statement.setString(5, timeStamp);
                statement.setString(6, content.payloadType());
                statement.setString(7, content.payloadRevision());
                statement.setObject(8, payloadBytes);
                statement.setObject(9, metaData.getData());
                statement.addBatch();
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private record Link(long sequence, String hash) {
    }
}
