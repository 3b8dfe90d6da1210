package gov.supervision.query.ledger;

import gov.supervision.query.projection.api.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger as a rebuildable projection: its processing group and its one table, one row per task. */
@Configuration(proxyBeanMethods = false)
class LedgerProjectionDeclaration {

    @Bean
    Projection ledgerRebuild() {
        return Projection.of(LedgerProjection.PROCESSING_GROUP, Projection.table("ledger_row", "task_id"));
    }
}
