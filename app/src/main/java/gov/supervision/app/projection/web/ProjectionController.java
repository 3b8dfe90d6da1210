package gov.supervision.app.projection.web;

import gov.supervision.app.projection.ProjectionRebuilds;
import gov.supervision.app.projection.ProjectionStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;

/**
 * The projections, their processors' progress and their tables' checksums, and their rebuild (supervisors only).
 * Relied on from outside: {@code GET /api/projections} → {@code {"projections":[status…]}},
 * {@code GET /api/projections/{name}} → status, {@code POST /api/projections/{name}/rebuild} → 202 with the status
 * as the replay begins (404 unknown name, 409 a rebuild of it is running); the rebuild goes on in the background, its
 * progress and outcome in the status's {@code rebuild}.
 */
@RestController
@RequestMapping("/api/projections")
class ProjectionController {

    private final ProjectionRebuilds rebuilds;

    ProjectionController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping
    Map<String, List<ProjectionStatus>> projections() {
        return Map.of("projections", rebuilds.statuses());
    }

    @GetMapping("/{name}")
    ProjectionStatus projection(@PathVariable String name) {
        return rebuilds.status(name);
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name, UriComponentsBuilder uri) {
        ProjectionStatus started = rebuilds.start(name);
        return ResponseEntity.accepted().location(uri.path("/api/projections/{name}").build(name)).body(started);
    }
}
