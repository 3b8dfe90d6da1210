package gov.supervision.app.reconciliation.web;

import gov.supervision.process.reconciliation.Reconciliation;
import gov.supervision.process.reconciliation.ReconciliationReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compares the event log with Camunda (supervisors and auditors). Relied on from outside:
 * {@code GET /api/reconciliation} → {@code {"consistent":…,"tasks":…,"processes":…,"mismatches":[…]}}.
 */
@RestController
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GetMapping("/api/reconciliation")
    ReconciliationReport reconcile() {
        return reconciliation.check();
    }
}
