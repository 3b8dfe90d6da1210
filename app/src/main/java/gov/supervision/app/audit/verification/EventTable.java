package gov.supervision.app.audit.verification;

import gov.supervision.app.audit.chain.ChainMetaData;
import gov.supervision.app.audit.chain.EventContent;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The raw rows of the event table, one aggregate's chain at a time, in sequence order, exactly as stored (no
 * deserialization, no upcasting). Both reads walk the unique index on (aggregate, sequence): one chain costs what
 * its events cost, and all chains are streamed with a cursor, holding one chain in memory at a time.
 */
final class EventTable {

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final EventSchema schema;

    EventTable(DataSource dataSource, EventSchema schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.schema = schema;
    }

    /** One aggregate's events; empty when it has none. Call inside a transaction. */
    List<StoredEvent> chain(String aggregateId) {
        List<StoredEvent> chain = new ArrayList<>();
        jdbc.query(select() + " WHERE " + schema.aggregateIdentifierColumn() + " = ? ORDER BY "
                + schema.sequenceNumberColumn(), (RowCallbackHandler) row -> chain.add(event(row)), aggregateId);
        return chain;
    }

    /** Every aggregate's events, chain by chain. Call inside a transaction: the cursor needs one. */
    void forEachChain(Consumer<List<StoredEvent>> check) {
        List<StoredEvent> chain = new ArrayList<>();
        jdbc.query(select() + " ORDER BY " + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn(),
                (RowCallbackHandler) row -> {
                    StoredEvent event = event(row);
                    if (!chain.isEmpty() && !chain.get(0).content().aggregateIdentifier()
                            .equals(event.content().aggregateIdentifier())) {
                        check.accept(List.copyOf(chain));
                        chain.clear();
                    }
                    chain.add(event);
                });
        if (!chain.isEmpty()) {
            check.accept(List.copyOf(chain));
        }
    }

    private String select() {
        return "SELECT " + String.join(", ", schema.aggregateIdentifierColumn(), schema.typeColumn(),
                schema.sequenceNumberColumn(), schema.eventIdentifierColumn(), schema.payloadTypeColumn(),
                schema.payloadRevisionColumn(), schema.payloadColumn(), schema.timestampColumn(),
                schema.metaDataColumn()) + " FROM " + schema.domainEventTable();
    }

    private static StoredEvent event(ResultSet row) throws SQLException {
        EventContent content = new EventContent(row.getString(1), row.getString(2), row.getLong(3),
                row.getString(4), row.getString(5), row.getString(6), row.getBytes(7), row.getString(8));
        return new StoredEvent(content, ChainMetaData.chainHash(row.getBytes(9)).orElse(null));
    }
}
