package gov.supervision.app.audit.web;

import gov.supervision.app.audit.verification.ChainVerifier;
import gov.supervision.app.audit.verification.Verification;
import gov.supervision.app.web.InvalidRequest;
import gov.supervision.app.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether the event log is as it was written: every chain and each plan's digest, or one task's chain. For auditors
 * and supervisors (see SecurityConfiguration).
 */
@RestController
class VerificationController {

    private final ChainVerifier verifier;

    VerificationController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/audit/verification")
    Verification verify(@RequestParam(required = false) String task) {
        if (task == null) {
            return verifier.verifyAll();
        }
        if (task.isBlank()) {
            throw new InvalidRequest("task", "must not be blank; leave it out to verify every chain");
        }
        return verifier.verify(task).orElseThrow(() -> new NotFound("no task with id " + task));
    }
}
