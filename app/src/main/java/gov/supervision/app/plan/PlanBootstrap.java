package gov.supervision.app.plan;

import gov.supervision.app.plan.parsing.BulletinParser;
import gov.supervision.app.plan.parsing.ParsedPlan;
import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.command.task.api.Actor;
import gov.supervision.query.ledger.api.FindLedgerRows;
import gov.supervision.query.ledger.api.LedgerRow;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Makes the bulletin's plan ready to supervise on the first start: imports it (a later start changes nothing) and
 * reports the engine ready once the ledger shows every task.
 */
@Component
@Order(20)
class PlanBootstrap implements ApplicationRunner, HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(PlanBootstrap.class);

    private final Resource bulletin;
    private final String planNumber;
    private final PlanImport imports;
    private final UnitDirectory units;
    private final QueryGateway queries;
    private volatile int expectedTasks = -1;
    private volatile boolean ready;

    PlanBootstrap(@Value("${supervision.bootstrap.bulletin}") Resource bulletin,
                  @Value("${supervision.bootstrap.plan-number}") String planNumber,
                  PlanImport imports, UnitDirectory units, QueryGateway queries) {
        this.bulletin = bulletin;
        this.planNumber = planNumber;
        this.imports = imports;
        this.units = units;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (planNumber.isBlank()) {
            ready = true;
            return;
        }
        String text = read(bulletin);
        ParsedPlan plan = new BulletinParser(units).parse(text).plan(planNumber).orElseThrow(() ->
                new IllegalStateException("the bootstrap bulletin has no plan " + planNumber));
        imports.apply(plan, PlanImport.digest(text), Actor.SYSTEM, PlanImport.Progress.NONE);
        expectedTasks = plan.tasks().size();
        LOG.info("Plan {} ({} tasks) is registered", planNumber, expectedTasks);
    }

    /** UP once the ledger shows every task of the bootstrap plan; it stays UP after that. */
    @Override
    public Health health() {
        if (!ready && expectedTasks >= 0) {
            List<LedgerRow> rows = queries.query(FindLedgerRows.ofPlan(planNumber),
                    ResponseTypes.multipleInstancesOf(LedgerRow.class)).join();
            ready = rows.size() >= expectedTasks;
        }
        return ready ? Health.up().withDetail("plan", planNumber).build()
                : Health.outOfService().withDetail("plan", planNumber).withDetail("waitingFor", "ledger").build();
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bulletin " + resource.getDescription(), e);
        }
    }
}
