package gov.supervision.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks every {@link #INTERVAL} whether the embedded server is still there, and starts it again when it is gone
 * (killed, crashed, stopped behind the engine's back). The connection pool needs nothing: it drops the broken
 * connections and opens new ones once the server answers. Stopped before the server, as the engine stops.
 */
final class EmbeddedPostgresWatchdog {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    /**
     * The first tries may fail while the killed server's processes end (PostgreSQL will not start while they hold its
     * shared memory): each of the first tries is logged, then, while it keeps failing (its port taken, say), one a
     * minute.
     */
    private static final int FAILURES_LOGGED = 10;
    private static final int FAILURES_BETWEEN_LOGS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

    private final EmbeddedPostgresServer server;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "embedded-postgres-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private long goneSince;
    private int failures;

    EmbeddedPostgresWatchdog(EmbeddedPostgresServer server) {
        this.server = server;
        schedule.scheduleWithFixedDelay(this::look, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void look() {
        if (!server.isGone()) {
            return;
        }
        if (goneSince == 0) {
            goneSince = System.nanoTime();
            LOG.error("The embedded PostgreSQL of {} is gone: starting it again", server.dataDirectory());
        }
        try {
            if (server.restartIfGone()) {
                LOG.warn("The embedded PostgreSQL of {} runs again, {} ms after it was found gone",
                        server.dataDirectory(), (System.nanoTime() - goneSince) / 1_000_000);
            }
            goneSince = 0;
            failures = 0;
        } catch (RuntimeException e) {
            if (failures < FAILURES_LOGGED || failures % FAILURES_BETWEEN_LOGS == 0) {
                LOG.error("The embedded PostgreSQL of {} could not be started again (trying every {} s): {}",
                        server.dataDirectory(), INTERVAL.toSeconds(), e.getMessage());
            }
            failures++;
        }
    }

    /** Waits for a restart under way (the server's stop would wait for it anyway), then looks no more. */
    void stop() {
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(10, TimeUnit.SECONDS)) {
                schedule.shutdownNow();
            }
        } catch (InterruptedException e) {
            schedule.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
