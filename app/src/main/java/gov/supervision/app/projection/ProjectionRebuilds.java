package gov.supervision.app.projection;

import gov.supervision.app.web.Conflict;
import gov.supervision.app.web.NotFound;
import gov.supervision.query.projection.api.Projection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Rebuilds projections from the event log and reports how far they are. A rebuild shuts the projection's streaming
 * processor down, resets its tokens to the start of the log (its {@code @ResetHandler} empties its tables in the same
 * transaction) and starts it again; it is done when the processor has replayed the log up to the head it had when the
 * rebuild began. The reset happens before {@link #start} returns; the replay runs on the processor's own threads
 * while a monitor here polls its processing status, so callers poll {@link #status} (REST) or wait with
 * {@link #await} (CLI).
 * <p>
 * The reset claims the processor's tokens: it fails while another engine instance on the same database holds them
 * (its running processor does), and the rebuild is refused then, changing nothing.
 * <p>
 * The reset also empties the projection's dead letters (in the same transaction): an event the replay cannot apply
 * is parked again, and the rebuild then ends {@code PARKED}, naming it, rather than {@code DONE}.
 */
@Service
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Projections projections;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TableChecksums checksums;
    private final DeadLetters deadLetters;
    private final ProcessorFailures failures;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuilds");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(Projections projections, EventProcessingConfiguration processing, EventStore eventStore,
                       TableChecksums checksums, DeadLetters deadLetters, ProcessorFailures failures) {
        this.projections = projections;
        this.processing = processing;
        this.eventStore = eventStore;
        this.checksums = checksums;
        this.deadLetters = deadLetters;
        this.failures = failures;
    }

    public List<ProjectionStatus> statuses() {
        return projections.all().stream().map(this::status).toList();
    }

    /** @throws NotFound for a name no projection has */
    public ProjectionStatus status(String name) {
        return status(require(name));
    }

    /**
     * Resets the projection and starts its replay; answers its status as the replay begins.
     *
     * @throws NotFound for a name no projection has
     * @throws Conflict while a rebuild of it runs, or when its tokens cannot be claimed (nothing changed then)
     */
    public synchronized ProjectionStatus start(String name) {
        Projection projection = require(name);
        Rebuild running = rebuilds.get(name);
        if (running != null && running.status(0).state() == RebuildStatus.State.RUNNING) {
            throw new Conflict("a rebuild of projection %s is running since %s: %d of %d events replayed"
                    .formatted(name, running.startedAt, running.replayed, running.target));
        }
        StreamingEventProcessor processor = processor(projection);
        long target = head();
        Map<Integer, EventTrackerStatus> before = new HashMap<>(processor.processingStatus());
        LOG.info("Rebuilding projection {} from the event log (head {})", name, target);
        processor.shutDown();
        try {
            processor.resetTokens(StreamableMessageSource::createTailToken);
        } catch (RuntimeException e) {
            processor.start();
            throw new Conflict("projection %s cannot be reset, nothing changed: %s (is another engine instance "
                    .formatted(name, e.getMessage()) + "running on this database?)", e);
        }
        failures.forget(name);
        Rebuild rebuild = new Rebuild(clock.instant(), target, before);
        rebuilds.put(name, rebuild);
        processor.start();
        monitor.schedule(() -> poll(projection, rebuild), POLL.toMillis(), TimeUnit.MILLISECONDS);
        return status(projection);
    }

    /**
     * Waits until the projection's last rebuild is done or failed, telling {@code progress} how far it is every
     * {@code every} meanwhile.
     */
    public RebuildStatus await(String name, Duration every, Consumer<RebuildStatus> progress)
            throws InterruptedException {
        Rebuild rebuild = rebuilds.get(name);
        if (rebuild == null) {
            throw new IllegalStateException("projection " + name + " was not rebuilt");
        }
        while (true) {
            try {
                return rebuild.finished.get(every.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.accept(rebuild.status(deadLetters.count(name)));
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private ProjectionStatus status(Projection projection) {
        StreamingEventProcessor processor = processor(projection);
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        String error = failures.current(projection.name()).orElse(null);
        Long position = statuses.isEmpty() ? null : position(statuses);
        long head = head();
        // Axon counts a processor as replaying until an event past its reset position arrives, even once it has
        // replayed everything there is: at the head it is simply following the log
        ProjectionStatus.State state = error != null ? ProjectionStatus.State.ERROR
                : !processor.isRunning() ? ProjectionStatus.State.STOPPED
                : processor.isReplaying() && (position == null || position < head) ? ProjectionStatus.State.REPLAYING
                : ProjectionStatus.State.RUNNING;
        long parked = deadLetters.count(projection.name());
        return new ProjectionStatus(projection.name(), state, position, head,
                position == null ? null : progress(position, head), error,
                Optional.ofNullable(rebuilds.get(projection.name())).map(rebuild -> rebuild.status(parked))
                        .orElse(null),
                checksums.of(projection), parked);
    }

    /** Follows a rebuild until its processor has replayed up to the target, or reports an error. */
    private void poll(Projection projection, Rebuild rebuild) {
        try {
            StreamingEventProcessor processor = processor(projection);
            Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
            if (!statuses.isEmpty()) {
                rebuild.replayed = position(statuses);
            }
            Optional<String> failed = failures.current(projection.name());
            if (failed.isPresent()) {
                rebuild.fail(failed.get(), deadLetters.count(projection.name()), clock.instant());
                LOG.error("Rebuild of projection {} failed: {}", projection.name(), failed.get());
            } else if (caughtUp(processor, statuses, rebuild)) {
                long parked = deadLetters.count(projection.name());
                if (parked == 0) {
                    rebuild.done(clock.instant());
                    LOG.info("Projection {} is rebuilt: {} events replayed", projection.name(), rebuild.replayed);
                } else {
                    String first = deadLetters.first(projection.name())
                            .map(letter -> letter.event() + ": " + letter.cause()).orElse("(since retried)");
                    rebuild.parked("%d %s as dead letters, the first %s".formatted(parked,
                            parked == 1 ? "event parked" : "events parked", first), parked, clock.instant());
                    LOG.warn("Projection {} is rebuilt up to {}, but parked {} events it could not apply, the first {}",
                            projection.name(), rebuild.replayed, parked, first);
                }
            } else {
                monitor.schedule(() -> poll(projection, rebuild), POLL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            rebuild.fail(describe(e), 0, clock.instant());
            LOG.error("Rebuild of projection {} failed", projection.name(), e);
        }
    }

    /**
     * Every segment has moved past the target since the restart: a status object the processor held before the
     * reset does not count, it may still show the position of the old tokens.
     */
    private static boolean caughtUp(StreamingEventProcessor processor, Map<Integer, EventTrackerStatus> statuses,
                                    Rebuild rebuild) {
        return processor.isRunning() && !statuses.isEmpty() && statuses.entrySet().stream()
                .allMatch(segment -> segment.getValue() != rebuild.before.get(segment.getKey())
                        && current(segment.getValue()) >= rebuild.target);
    }

    /** The slowest segment's position. */
    private static long position(Map<Integer, EventTrackerStatus> statuses) {
        return statuses.values().stream().mapToLong(ProjectionRebuilds::current).min().orElse(0);
    }

    private static long current(EventTrackerStatus status) {
        OptionalLong position = status.getCurrentPosition();
        return position.isPresent() ? position.getAsLong() : 0;
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private static double progress(long position, long target) {
        return target <= 0 ? 1.0 : Math.min(1.0, (double) position / target);
    }

    private Projection require(String name) {
        return projections.find(name).orElseThrow(() -> new NotFound("no projection %s; there are %s"
                .formatted(name, projections.names())));
    }

    private StreamingEventProcessor processor(Projection projection) {
        return processing.eventProcessorByProcessingGroup(projection.name(), StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException(("projection %s has no streaming event processor: "
                        + "is %s its processing group?").formatted(projection.name(), projection.name())));
    }

    private static String describe(Throwable error) {
        return error == null ? "unknown error" : FailureText.of(error);
    }

    @Override
    public void destroy() {
        monitor.shutdownNow();
    }

    /** One rebuild: where it must get to, how far it is, and its outcome once there is one. */
    private static final class Rebuild {

        final Instant startedAt;
        final long target;
        /** the processor's segment statuses before the reset, which say nothing about the replay */
        final Map<Integer, EventTrackerStatus> before;
        final CompletableFuture<RebuildStatus> finished = new CompletableFuture<>();
        volatile long replayed;

        Rebuild(Instant startedAt, long target, Map<Integer, EventTrackerStatus> before) {
            this.startedAt = startedAt;
            this.target = target;
            this.before = before;
        }

        /** @param deadLetters how many letters the projection has parked now, shown while it runs */
        RebuildStatus status(long deadLetters) {
            RebuildStatus outcome = finished.getNow(null);
            return outcome != null ? outcome : new RebuildStatus(RebuildStatus.State.RUNNING, startedAt, null,
                    target, replayed, progress(replayed, target), null, deadLetters);
        }

        void done(Instant at) {
            finished.complete(new RebuildStatus(RebuildStatus.State.DONE, startedAt, at, target, replayed,
                    progress(replayed, target), null, 0));
        }

        void parked(String error, long deadLetters, Instant at) {
            finished.complete(new RebuildStatus(RebuildStatus.State.PARKED, startedAt, at, target, replayed,
                    progress(replayed, target), error, deadLetters));
        }

        void fail(String error, long deadLetters, Instant at) {
            finished.complete(new RebuildStatus(RebuildStatus.State.FAILED, startedAt, at, target, replayed,
                    progress(replayed, target), error, deadLetters));
        }
    }
}
