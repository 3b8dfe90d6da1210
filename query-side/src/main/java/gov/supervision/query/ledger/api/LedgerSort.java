package gov.supervision.query.ledger.api;

import java.util.Comparator;
import java.util.function.Function;

/** What the ledger sorts by. Rows without a value (no light, no due time) come last either way. */
public enum LedgerSort {
    plan(LedgerRow::planNumber),
    taskNumber(LedgerRow::taskNumber),
    section(LedgerRow::section),
    status(LedgerRow::status),
    /** red first when descending */
    light(LedgerRow::light),
    percentComplete(LedgerRow::percentComplete),
    strikes(LedgerRow::strikes),
    daysOverdue(LedgerRow::daysOverdue),
    nextDueAt(LedgerRow::nextDueAt),
    lastReportAt(LedgerRow::lastReportAt),
    lastActionAt(LedgerRow::lastActionAt),
    openNotices(LedgerRow::openNotices);

    private final Function<LedgerRow, ? extends Comparable<?>> key;

    LedgerSort(Function<LedgerRow, ? extends Comparable<?>> key) {
        this.key = key;
    }

    /** The comparator for a sort key such as {@code daysOverdue} or {@code -daysOverdue}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comparator<LedgerRow> comparator(String sortKey) {
        boolean descending = sortKey.startsWith("-");
        LedgerSort sort = valueOf(descending ? sortKey.substring(1) : sortKey);
        Comparator<Comparable> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(row -> (Comparable) sort.key.apply(row), Comparator.nullsLast(natural));
    }

    /** Whether a sort key names a known sort, such as {@code -light}. */
    public static boolean isKnown(String sortKey) {
        String name = sortKey.startsWith("-") ? sortKey.substring(1) : sortKey;
        for (LedgerSort sort : values()) {
            if (sort.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
