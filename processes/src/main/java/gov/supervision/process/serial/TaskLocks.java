package gov.supervision.process.serial;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Work on one supervised task is serialised at the transaction boundary: a transaction that is about to touch a
 * task (a Camunda step of its processes, a command to its aggregate) first takes the task's PostgreSQL advisory lock,
 * which it holds until it commits or rolls back. A second transaction on the same task waits for that lock in
 * PostgreSQL, holding nothing yet, and then reads what the first committed; so requests on one task queue for
 * milliseconds instead of deadlocking between Axon's in-memory aggregate lock (released when a command ends) and a
 * row the first transaction has not committed yet. The lock is the same on every engine node sharing the database.
 * <p>
 * The lock is taken with the transaction's own connection, so it needs one: outside a transaction it would be
 * released at once. A wait longer than {@link #WAIT} ends the transaction (PostgreSQL's {@code lock_timeout}), which
 * the API answers 503: a task so busy is a fault, not a queue.
 */
@Component
public class TaskLocks {

    /** How long a transaction waits for a task (and for any other lock after it). */
    public static final Duration WAIT = Duration.ofSeconds(5);

    private static final String LOCK = "SELECT set_config('lock_timeout', ?, true), pg_advisory_xact_lock(?)";
    private static final String TASK_OF_WORK_ITEM = "SELECT p.business_key_ FROM act_ru_task t "
            + "JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_ WHERE t.id_ = ?";
    private static final String TASK_OF_JOB = "SELECT p.business_key_ FROM act_ru_job j "
            + "JOIN act_ru_execution p ON p.id_ = j.process_instance_id_ WHERE j.id_ = ?";
    private static final String WORK_ITEM_OPEN = "SELECT count(*) FROM act_ru_task WHERE id_ = ?";

    private final JdbcTemplate jdbc;

    TaskLocks(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Takes the supervised task's lock for the rest of the current transaction (again: at once). */
    public void lock(String taskId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a task's lock lasts a transaction, and none is active");
        }
        jdbc.query(LOCK, row -> { }, WAIT.toMillis() + "ms", key(taskId));
    }

    /** What became of a work item while its transaction waited for the task. */
    public enum WorkItemAfterWait {
        /** not committed to the database (none such, or created in this very transaction): the engine decides */
        NOT_FOUND,
        OPEN,
        /** another transaction completed or closed it while this one waited */
        GONE
    }

    /** Takes the lock of the task whose process offers the work item (a Camunda user task). */
    public WorkItemAfterWait lockWorkItem(String workItemId) {
        Optional<String> task = first(TASK_OF_WORK_ITEM, workItemId);
        if (task.isEmpty()) {
            return WorkItemAfterWait.NOT_FOUND;
        }
        lock(task.get());
        return jdbc.queryForObject(WORK_ITEM_OPEN, Long.class, workItemId) > 0 ? WorkItemAfterWait.OPEN
                : WorkItemAfterWait.GONE;
    }

    /** Takes the lock of the task whose process the job (a timer, an asynchronous step) belongs to. */
    public void lockJob(String jobId) {
        first(TASK_OF_JOB, jobId).ifPresent(this::lock);
    }

    private Optional<String> first(String sql, String id) {
        List<String> keys = jdbc.queryForList(sql, String.class, id);
        return keys.stream().filter(key -> key != null && !key.isBlank()).findFirst();
    }

    /** A 64-bit key of the task's id: stable across nodes and versions (a collision only serialises two tasks). */
    static long key(String taskId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("supervised-task:" + taskId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
