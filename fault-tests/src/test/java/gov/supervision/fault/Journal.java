package gov.supervision.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request the load sent, what it meant and what came of it: what the checks afterwards compare the event log
 * with. A write carries a marker, a text no other request uses, so that its events can be found in the log.
 */
final class Journal {

    enum Kind {
        /** a read: work items, the ledger */
        READ(false),
        /** a lead unit acknowledges a dispatched task: its responsible person is the marker */
        ACKNOWLEDGE(true),
        /** a lead unit reports progress: the report's text is the marker */
        REPORT(true),
        /** the supervisor accepts a report: found by the report's text, then its report id */
        ACCEPT(true),
        /** the supervisor returns a report: the reason is the marker */
        RETURN(true),
        /** a cooperating unit adds a contribution: its text is the marker, the answer its id */
        CONTRIBUTE(true);

        final boolean writes;

        Kind(boolean writes) {
            this.writes = writes;
        }
    }

    /**
     * @param client     the load's client thread that sent it
     * @param taskId     the supervised task it acts on (null for reads across tasks)
     * @param itemId     the work item it completes (null for contributions and reads)
     * @param marker     the text that identifies its events (for {@link Kind#ACCEPT}: the reviewed report's text)
     * @param concurrent whether it was sent at the same moment as others on the same task (a burst)
     */
    record Exchange(long number, String client, Kind kind, String user, String path, String taskId, String itemId,
                    String marker, boolean concurrent, Http.Answer answer) {

        @Override
        public String toString() {
            return "#%d %s %s as %s %s%s → %s".formatted(number, client, kind, user, path,
                    marker == null ? "" : " [" + marker + "]", answer.shortly());
        }
    }

    private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
    private final AtomicLong numbers = new AtomicLong();
    private final AtomicLong markers = new AtomicLong();
    private final String prefix;

    Journal(long seed) {
        this.prefix = "F" + Long.toString(Math.abs(seed % 1_000_000_007L), 36) + "-";
    }

    /** A text no other request of this run carries. */
    String marker(String kind) {
        return prefix + kind + "-" + markers.incrementAndGet();
    }

    boolean isMarker(String text) {
        return text != null && text.startsWith(prefix);
    }

    Exchange add(String client, Kind kind, String user, String path, String taskId, String itemId, String marker,
                 boolean concurrent, Http.Answer answer) {
        Exchange exchange = new Exchange(numbers.incrementAndGet(), client, kind, user, path, taskId, itemId, marker,
                concurrent, answer);
        exchanges.add(exchange);
        return exchange;
    }

    List<Exchange> all() {
        return new ArrayList<>(exchanges);
    }
}
