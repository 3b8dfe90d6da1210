package gov.supervision.app.projection;

import gov.supervision.app.web.Problems;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * What a projection's failure says to an operator, and whether it is worth parking. The text is the database's own
 * words ({@code new row for relation "ledger_row" violates check constraint "…"}), not the statement or the row,
 * nor a class name; the log keeps the whole failure.
 */
final class FailureText {

    /** SQLSTATE classes of failures that pass: connection, transaction rollback, resources, operator, system. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");
    /** lock not available (a NOWAIT or lock timeout) */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final int MAX = 1000;

    private FailureText() {
    }

    /** The failure in words for the operator: the database's primary message, else the innermost message. */
    static String of(Throwable failure) {
        String text = null;
        for (Throwable cause = failure; cause != null && text == null; cause = next(cause)) {
            if (cause instanceof PSQLException sql) {
                ServerErrorMessage server = sql.getServerErrorMessage();
                text = server != null && server.getMessage() != null ? server.getMessage() : sql.getMessage();
            } else if (cause instanceof SQLException sql) {
                text = sql.getMessage();
            }
        }
        if (text == null) {
            Throwable innermost = failure;
            while (next(innermost) != null) {
                innermost = next(innermost);
            }
            text = innermost.getMessage() != null ? innermost.getMessage() : failure.getMessage();
        }
        if (text == null || text.isBlank()) {
            text = "the event handler failed without saying why";
        }
        String safe = Problems.safe(text.strip());
        return safe.length() > MAX ? safe.substring(0, MAX) + "…" : safe;
    }

    /**
     * A failure that passes by itself (the connection broke, a deadlock, a lock or statement timeout, the server
     * shutting down): the batch is rather retried than its event parked.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() == 5
                    && (TRANSIENT_CLASSES.contains(sql.getSQLState().substring(0, 2))
                    || sql.getSQLState().equals(LOCK_NOT_AVAILABLE))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause.getCause();
        if (next == null && cause instanceof SQLException sql) {
            next = sql.getNextException();
        }
        return next == cause ? null : next;
    }
}
