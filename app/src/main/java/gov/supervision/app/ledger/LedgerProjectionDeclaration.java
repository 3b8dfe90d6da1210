package gov.supervision.app.ledger;

import gov.supervision.query.ledger.LedgerProjection;
import gov.supervision.query.projection.api.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger as a rebuildable projection: its processing group and its one table, one row per task. A projection's
 * declaration may sit beside its projection class or, as this one, in the app's feature of the same name; the
 * registry collects every {@link Projection} bean wherever it is.
 */
@Configuration(proxyBeanMethods = false)
class LedgerProjectionDeclaration {

    @Bean
    Projection ledgerRebuild() {
        return Projection.of(LedgerProjection.PROCESSING_GROUP, Projection.table("ledger_row", "task_id"));
    }
}
