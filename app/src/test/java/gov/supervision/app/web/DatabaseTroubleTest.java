package gov.supervision.app.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The database's part in a failure is found however deep the engine, Axon or Spring wrapped it. */
class DatabaseTroubleTest {

    @Test
    void aPoolThatFoundNoConnectionIsAnOutage() {
        var failure = new CannotCreateTransactionException("could not open JDBC connection",
                new SQLTransientConnectionException("embedded-postgres - Connection is not available, request "
                        + "timed out after 3000ms"));

        assertThat(DatabaseTrouble.of(failure)).contains(DatabaseTrouble.UNREACHABLE);
    }

    @Test
    void aServerThatWentAwayMidStatementIsAnOutage() {
        var broken = new ProcessEngineException("flush failed",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE));
        var shutDown = new RuntimeException(new PSQLException("terminating connection due to administrator command",
                PSQLState.valueOf("UNKNOWN_STATE")) {
            @Override
            public String getSQLState() {
                return "57P01";
            }
        });
        var refused = new RuntimeException(new ConnectException("Connection refused"));

        assertThat(DatabaseTrouble.of(broken)).contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(shutDown)).contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(refused)).contains(DatabaseTrouble.UNREACHABLE);
    }

    @Test
    void aRollbackThatFailedOnTheBrokenConnectionIsAnOutage() {
        var rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE));
        var withoutCause = new TransactionSystemException("JDBC rollback failed",
                new java.sql.SQLException("Connection is closed"));

        assertThat(DatabaseTrouble.of(new RuntimeException(rollbackFailed))).contains(DatabaseTrouble.UNREACHABLE);
        assertThat(DatabaseTrouble.of(withoutCause)).contains(DatabaseTrouble.UNREACHABLE);
    }

    @Test
    void aLockWaitOverItsTimeoutIsBusyAndAConcurrentWriteIsAConflict() {
        var lockTimeout = new RuntimeException(new PSQLException("canceling statement due to lock timeout",
                PSQLState.UNKNOWN_STATE) {
            @Override
            public String getSQLState() {
                return "55P03";
            }
        });

        assertThat(DatabaseTrouble.of(lockTimeout)).contains(DatabaseTrouble.BUSY);
        assertThat(DatabaseTrouble.of(new OptimisticLockingException("entity was updated by another transaction")))
                .contains(DatabaseTrouble.CONCURRENT_CHANGE);
        assertThat(DatabaseTrouble.of(new RuntimeException(new PSQLException("duplicate key",
                PSQLState.UNIQUE_VIOLATION)))).contains(DatabaseTrouble.CONCURRENT_CHANGE);
    }

    @Test
    void aFailureOfAnotherKindIsNoneOfThese() {
        assertThat(DatabaseTrouble.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseTrouble.of(new RuntimeException(new PSQLException("syntax error",
                PSQLState.SYNTAX_ERROR)))).isEmpty();
    }

    @Test
    void anOutageIsAnswered503WithWhenToTryAgainAndNoDetailOfTheDatabase() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        var problem = DatabaseTrouble.UNREACHABLE.answer(response);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("3");
        assertThat(problem.getDetail()).contains("nothing was recorded").doesNotContainIgnoringCase("sql");
    }
}
