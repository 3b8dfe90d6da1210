package gov.supervision.app.projection;

import gov.supervision.query.projection.api.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Checksums of projection tables, computed by PostgreSQL: the hex SHA-256 of the concatenated MD5 digests of every
 * row's text form ({@code row::text}, all columns), the rows ordered by the table's declared key columns as text in
 * byte order ({@code COLLATE "C"}). Two tables with the same checksum hold the same rows, column for column. The
 * text form is made independent of the session (time zone UTC, ISO dates, default interval and float output), so the
 * same rows give the same checksum from the engine, the CLI and psql on any PostgreSQL. Per-row digests keep the
 * aggregate small however many rows there are.
 */
@Component
public class TableChecksums {

    /** Settings that fix how timestamps, dates, intervals and floats print, for this transaction only. */
    private static final List<String> STABLE_TEXT = List.of("SET LOCAL TimeZone = 'UTC'",
            "SET LOCAL DateStyle = 'ISO, YMD'", "SET LOCAL IntervalStyle = 'postgres'",
            "SET LOCAL extra_float_digits = 1");

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    TableChecksums(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    public List<TableChecksum> of(Projection projection) {
        return projection.tables().stream().map(this::of).toList();
    }

    public TableChecksum of(Projection.Table table) {
        // names are plain identifiers, checked by Projection.Table
        String order = table.orderBy().stream().map(column -> "(checksum_row.%s::text) COLLATE \"C\"".formatted(column))
                .collect(Collectors.joining(", "));
        String sql = """
                SELECT count(*) AS row_count,
                       encode(sha256(convert_to(coalesce(string_agg(md5(checksum_row::text), '' ORDER BY %s), ''),
                                                'UTF8')), 'hex') AS checksum
                FROM %s checksum_row""".formatted(order, table.name());
        return readOnly.execute(status -> {
            STABLE_TEXT.forEach(setting -> jdbc.sql(setting).update());
            return jdbc.sql(sql).query((row, number) -> new TableChecksum(table.name(), table.orderBy(),
                    row.getLong("row_count"), row.getString("checksum"))).single();
        });
    }
}
