package gov.supervision.app.projection.web;

import gov.supervision.app.projection.DeadLetters;
import gov.supervision.app.projection.ParkedLetter;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The projections' dead letters (supervisors and administrators only). Relied on from outside:
 * <ul>
 *   <li>{@code GET /api/dead-letters[?projection=]} → {@code {"deadLetters":[letter…]}} (404 unknown projection);</li>
 *   <li>{@code GET /api/dead-letters/{projection}/{sequenceId}} → {@code {"deadLetters":[letter…]}}, one parked
 *       sequence (a task's letters) in order; 404 when nothing of it is parked;</li>
 *   <li>{@code POST /api/dead-letters/{projection}/{sequenceId}/retry} → 200 {@code {"projection","sequenceId",
 *       "applied","deadLetters":[what is still parked of it]}}; 404 nothing parked; 409 its first letter fails again
 *       (it and those behind it stay parked), or another retry of it is under way;</li>
 *   <li>{@code DELETE /api/dead-letters/{projection}/{sequenceId}/{aggregateSequence}} → 200 {@code {"evicted":
 *       letter}}: that event is dropped for good (until a rebuild); 404 no such letter.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    Map<String, List<ParkedLetter>> all(@RequestParam(required = false) String projection) {
        return Map.of("deadLetters", projection == null ? deadLetters.all() : deadLetters.of(projection));
    }

    @GetMapping("/{projection}/{sequenceId}")
    Map<String, List<ParkedLetter>> sequence(@PathVariable String projection, @PathVariable String sequenceId) {
        return Map.of("deadLetters", deadLetters.sequence(projection, sequenceId));
    }

    @PostMapping("/{projection}/{sequenceId}/retry")
    DeadLetters.Retried retry(@PathVariable String projection, @PathVariable String sequenceId) {
        return deadLetters.retry(projection, sequenceId);
    }

    @DeleteMapping("/{projection}/{sequenceId}/{aggregateSequence}")
    Map<String, ParkedLetter> evict(@PathVariable String projection, @PathVariable String sequenceId,
                                    @PathVariable long aggregateSequence, Authentication user) {
        return Map.of("evicted", deadLetters.evict(projection, sequenceId, aggregateSequence, user.getName()));
    }
}
