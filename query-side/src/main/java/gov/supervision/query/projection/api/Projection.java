package gov.supervision.query.projection.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A read model that can be rebuilt from the event log: its name, which is also its Axon processing group (and so its
 * streaming processor), and the tables its {@code @ResetHandler} empties and its event handlers fill. Each table names
 * the columns that order its rows uniquely, so that a checksum of the table is the same for the same rows.
 * <p>
 * A projection declares itself with one Spring bean of this type, best beside its projection class:
 * <pre>
 * &#64;Bean
 * Projection scorecard() {
 *     return Projection.of(ScorecardProjection.PROCESSING_GROUP, Projection.table("unit_scorecard", "unit_id"));
 * }
 * </pre>
 * Rebuild, checksums and their tests then cover it with no other change.
 *
 * @param name   the processing group of its event handlers, e.g. {@code ledger}
 * @param tables its tables, at least one
 */
public record Projection(String name, List<Table> tables) {

    /** Table and column names go into SQL as they are, so only plain lower-case identifiers are accepted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public Projection {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a projection needs a name (its processing group)");
        }
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("projection " + name + " declares no table");
        }
    }

    public static Projection of(String processingGroup, Table... tables) {
        return new Projection(processingGroup, List.of(tables));
    }

    public static Table table(String name, String... orderBy) {
        return new Table(name, List.of(orderBy));
    }

    /**
     * One table of a projection.
     *
     * @param name    the table's name, e.g. {@code ledger_row}
     * @param orderBy the columns that order its rows uniquely (its primary key, say), e.g. {@code task_id}
     */
    public record Table(String name, List<String> orderBy) {

        public Table {
            requireIdentifier(name, "table name");
            orderBy = List.copyOf(orderBy);
            if (orderBy.isEmpty()) {
                throw new IllegalArgumentException("table " + name + " needs the columns that order its rows");
            }
            orderBy.forEach(column -> requireIdentifier(column, "column of " + name));
        }
    }

    private static void requireIdentifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a plain lower-case SQL identifier, was " + value);
        }
    }
}
