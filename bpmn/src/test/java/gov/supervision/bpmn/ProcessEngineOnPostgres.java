package gov.supervision.bpmn;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A Camunda engine on a real PostgreSQL, started once per test JVM: process tests run the deployed models on the
 * same database as production, never on H2. The job executor is off; tests drive jobs and timers themselves.
 * Delegates are resolved through {@link MockExpressionManager}, so tests register mocks by bean name.
 */
final class ProcessEngineOnPostgres {

    private static ProcessEngine engine;

    private ProcessEngineOnPostgres() {
    }

    static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    static synchronized ProcessEngine engine() {
        if (engine == null) {
            EmbeddedPostgres postgres = start();
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUsername("postgres");
            configuration.setJdbcPassword("postgres");
            configuration.setDatabaseSchemaUpdate("true");
            configuration.setJobExecutorActivate(false);
            configuration.setHistory("full");
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setDefaultSerializationFormat("application/json");
            configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
            engine = configuration.buildProcessEngine();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                engine.close();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return engine;
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }
}
