package gov.supervision.app.projection;

import gov.supervision.query.projection.api.Projection;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The projections in {@code /actuator/health} (component {@code projections}): {@code UP} while each follows the
 * event log; {@link #DEGRADED} while one has parked events it could not apply (dead letters: the engine serves, but
 * that read model lacks them), naming the first; {@code DOWN} while a processor fails (a segment in error, or a batch
 * it has not got past). DEGRADED ranks between DOWN and UP and is answered 200 (application.yml). Who is not an
 * administrator sees only the overall status.
 */
@Component("projectionsHealthIndicator")
class ProjectionHealth implements HealthIndicator {

    /** a projection parked events it could not apply (dead letters): its read model lacks them */
    static final Status DEGRADED = new Status("DEGRADED");
    private static final List<Status> WORST_FIRST = List.of(Status.DOWN, DEGRADED, Status.UP);

    private final Projections projections;
    private final DeadLetters deadLetters;
    private final ProcessorFailures failures;

    ProjectionHealth(Projections projections, DeadLetters deadLetters, ProcessorFailures failures) {
        this.projections = projections;
        this.deadLetters = deadLetters;
        this.failures = failures;
    }

    @Override
    public Health health() {
        try {
            return projectionsHealth();
        } catch (RuntimeException unreadable) {
            // the dead letters live in the database: when it is away, so is this answer (DOWN, not an error page)
            return Health.down().withDetail("error", "the projections' state cannot be read: "
                    + "the database is not reachable").build();
        }
    }

    private Health projectionsHealth() {
        Status overall = Status.UP;
        Map<String, Object> details = new LinkedHashMap<>();
        for (Projection projection : projections.all()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            Status status = Status.UP;
            Optional<String> failing = failures.current(projection.name());
            if (failing.isPresent()) {
                status = Status.DOWN;
                detail.put("error", failing.get());
            }
            long parked = deadLetters.count(projection.name());
            detail.put("deadLetters", parked);
            if (parked > 0) {
                if (status == Status.UP) {
                    status = DEGRADED;
                }
                deadLetters.first(projection.name()).ifPresent(letter -> {
                    Map<String, Object> first = new LinkedHashMap<>();
                    first.put("projection", letter.projection());
                    first.put("eventType", letter.eventType());
                    first.put("aggregateId", letter.aggregateId());
                    first.put("aggregateSequence", letter.aggregateSequence());
                    first.put("eventId", letter.eventId());
                    first.put("cause", letter.cause());
                    detail.put("firstDeadLetter", first);
                    detail.put("description", "%s parked %d %s it could not apply, the first %s: %s"
                            .formatted(projection.name(), parked, parked == 1 ? "event" : "events", letter.event(),
                                    letter.cause()));
                });
            }
            Map<String, Object> component = new LinkedHashMap<>();
            component.put("status", status.getCode());
            component.put("details", detail);
            details.put(projection.name(), component);
            if (WORST_FIRST.indexOf(status) < WORST_FIRST.indexOf(overall)) {
                overall = status;
            }
        }
        return Health.status(overall).withDetails(details).build();
    }
}
