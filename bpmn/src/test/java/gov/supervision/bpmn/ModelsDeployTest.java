package gov.supervision.bpmn;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every model, decision and form deploys together, as the application deploys them on start. */
class ModelsDeployTest {

    static final List<String> RESOURCES = List.of(DispatchProcess.RESOURCE, FollowUpProcess.RESOURCE,
            EscalationProcess.RESOURCE, ExtensionProcess.RESOURCE, EscalationPolicy.RESOURCE,
            "forms/acknowledge.form", "forms/submit-progress-report.form", "forms/review-report.form",
            "forms/decide-step.form", "forms/rectify.form", "forms/verify-rectification.form",
            "forms/request-close-out.form", "forms/verify-close-out.form", "forms/decide-extension.form");

    @Test
    void everyModelDeploysWithItsHistoryTimeToLive() {
        ProcessEngine engine = ProcessEngineOnPostgres.engine();
        var deployment = engine.getRepositoryService().createDeployment().name("models-deploy-test");
        RESOURCES.forEach(deployment::addClasspathResource);
        Deployment deployed = deployment.deploy();
        try {
            var definitions = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deployed.getId()).list();
            assertThat(definitions).extracting(d -> d.getKey())
                    .containsExactlyInAnyOrder(DispatchProcess.KEY, FollowUpProcess.KEY, EscalationProcess.KEY,
                            ExtensionProcess.KEY);
            assertThat(definitions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(365));
            assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployed.getId()))
                    .containsExactlyInAnyOrderElementsOf(RESOURCES);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployed.getId(), true);
        }
    }
}
