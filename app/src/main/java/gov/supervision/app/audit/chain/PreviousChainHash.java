package gov.supervision.app.audit.chain;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The chain hash an appended event links to: {@link ChainHash#GENESIS} at sequence 0, otherwise the hash stored
 * with the aggregate's event just before it, read in the appending transaction. Two transactions appending the
 * same sequence of an aggregate cannot both commit (the table's unique key on aggregate and sequence refuses the
 * second), so a chain cannot fork. Where the event before has no hash (written before chaining existed, or removed)
 * the new event links to the genesis value; verification names the event that has none, or the missing one.
 */
final class PreviousChainHash {

    private final Connection connection;
    private final String sql;

    PreviousChainHash(Connection connection, EventSchema schema) {
        this.connection = connection;
        this.sql = "SELECT " + schema.metaDataColumn() + " FROM " + schema.domainEventTable() + " WHERE "
                + schema.aggregateIdentifierColumn() + " = ? AND " + schema.sequenceNumberColumn() + " = ?";
    }

    String of(String aggregateIdentifier, long sequenceNumber) throws SQLException {
        if (sequenceNumber == 0) {
            return ChainHash.GENESIS;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, aggregateIdentifier);
            statement.setLong(2, sequenceNumber - 1);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? ChainMetaData.chainHash(row.getBytes(1)).orElse(ChainHash.GENESIS)
                        : ChainHash.GENESIS;
            }
        }
    }
}
