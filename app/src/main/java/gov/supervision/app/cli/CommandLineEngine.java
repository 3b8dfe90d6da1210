package gov.supervision.app.cli;

import gov.supervision.app.SupervisionApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import java.util.List;

/**
 * The engine as a command-line command needs it: on the configured database (the embedded default or the
 * {@code spring.datasource.*} settings), without its web server, its Camunda webapps and REST API, its job executor
 * or the plan bootstrap, so a command changes only what it is asked to.
 */
public final class CommandLineEngine {

    private CommandLineEngine() {
    }

    /**
     * @param settings {@code --key=value} settings, as when starting the engine
     * @throws IllegalStateException when it cannot start, with the reason a user can act on (the innermost cause's
     *                               message, not Spring's chain of beans that needed it)
     */
    public static ConfigurableApplicationContext start(List<String> settings) {
        try {
            return run(settings);
        } catch (RuntimeException e) {
            Throwable reason = NestedExceptionUtils.getMostSpecificCause(e);
            throw reason == e ? e : new IllegalStateException(reason.getMessage(), e);
        }
    }

    private static ConfigurableApplicationContext run(List<String> settings) {
        return new SpringApplicationBuilder(SupervisionApplication.class)
                .web(WebApplicationType.NONE)
                .properties("supervision.bootstrap.plan-number=", "camunda.bpm.job-execution.enabled=false",
                        "spring.main.banner-mode=off", "spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")
                .run(settings.toArray(String[]::new));
    }
}
