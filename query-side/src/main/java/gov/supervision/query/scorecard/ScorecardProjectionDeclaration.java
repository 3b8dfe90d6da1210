package gov.supervision.query.scorecard;

import gov.supervision.query.projection.api.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unit scorecard as a rebuildable projection: its processing group and its four tables of facts. */
@Configuration(proxyBeanMethods = false)
class ScorecardProjectionDeclaration {

    @Bean
    Projection scorecardRebuild() {
        return Projection.of(ScorecardProjection.PROCESSING_GROUP,
                Projection.table("scorecard_task", "task_id"),
                Projection.table("scorecard_lead", "task_id", "unit_id"),
                Projection.table("scorecard_due", "task_id", "unit_id", "kind", "round"),
                Projection.table("scorecard_notice", "task_id", "escalation_id"));
    }
}
