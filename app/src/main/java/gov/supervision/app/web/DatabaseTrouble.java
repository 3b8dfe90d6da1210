package gov.supervision.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * A request that failed because of the database rather than of what it asked, found in the failure's causes
 * (Camunda, Axon and Spring wrap the driver's exception each their own way). Each is answered as what it is,
 * promptly and with nothing recorded (the transaction rolled back whole): the database away or too busy (503, try
 * again shortly), or another request changing the same record at the same moment (409, read it again).
 */
public enum DatabaseTrouble {

    UNREACHABLE(HttpStatus.SERVICE_UNAVAILABLE,
            "the database is not reachable just now; nothing was recorded: try again in a few seconds"),
    BUSY(HttpStatus.SERVICE_UNAVAILABLE,
            "the task is busy with other requests; nothing was recorded: try again in a few seconds"),
    CONCURRENT_CHANGE(HttpStatus.CONFLICT,
            "another request changed this record at the same moment; nothing was recorded: read it again and retry");

    /** PostgreSQL's SQLSTATEs: admin shutdown, crash shutdown, cannot connect now */
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");
    /** lock_not_available (lock_timeout), deadlock_detected, serialization_failure, query_canceled */
    private static final Set<String> CONTENDED = Set.of("55P03", "40P01", "40001", "57014");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int RETRY_AFTER_SECONDS = 3;

    private final HttpStatus status;
    private final String detail;

    DatabaseTrouble(HttpStatus status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    public static Optional<DatabaseTrouble> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransactionSystemException rollbackFailed) {
                // the rollback failed, on a connection the failure broke: what failed first says what it was
                Optional<DatabaseTrouble> first = rollbackFailed.getApplicationException() == null ? Optional.empty()
                        : of(rollbackFailed.getApplicationException());
                if (first.isPresent() || rollbackFailed.getCause() instanceof SQLException) {
                    return first.or(() -> Optional.of(UNREACHABLE));
                }
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return Optional.of(UNREACHABLE); // the pool found no connection in time, or the server is gone
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || SHUTTING_DOWN.contains(state)) {
                    return Optional.of(UNREACHABLE);
                }
                if (CONTENDED.contains(state)) {
                    return Optional.of(BUSY);
                }
                if (UNIQUE_VIOLATION.equals(state)) {
                    return Optional.of(CONCURRENT_CHANGE);
                }
            }
            String type = cause.getClass().getSimpleName();
            if (type.equals("OptimisticLockingException") || type.equals("ConcurrencyException")) {
                return Optional.of(CONCURRENT_CHANGE); // Camunda's and Axon's own words for it
            }
        }
        return Optional.empty();
    }

    /** The problem to answer; a 503 says when to try again. */
    public ProblemDetail answer(HttpServletResponse response) {
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }
        return Problems.of(status, detail);
    }
}
