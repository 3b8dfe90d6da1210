package gov.supervision.app.policy.web;

import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.web.InvalidRequest;
import gov.supervision.process.escalation.PolicyDeployment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A supervisor puts a new version of the escalation policy (escalation-policy.dmn) in force:
 * {@code POST /api/escalation-policy} with the DMN as {@code application/xml}; answers its version (201). Camunda's
 * REST API, where this was done before, is the engine administrators' now.
 */
@RestController
class EscalationPolicyController {

    private final PolicyDeployment policies;

    EscalationPolicyController(PolicyDeployment policies) {
        this.policies = policies;
    }

    @PostMapping(path = "/api/escalation-policy", consumes = {MediaType.APPLICATION_XML_VALUE,
            MediaType.TEXT_XML_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    PolicyDeployment.Deployed deploy(@RequestBody byte[] dmn) {
        try {
            return policies.deploy(dmn, CurrentUser.get().userId());
        } catch (PolicyDeployment.InvalidPolicy e) {
            throw new InvalidRequest("body", e.getMessage());
        }
    }
}
