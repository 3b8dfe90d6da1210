package gov.supervision.process.serial;

import gov.supervision.process.guard.CompletedWorkItems;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Puts {@link OneTransactionPerTask} inside every engine command's transaction. */
@Component
class TaskSerialisationPlugin extends AbstractProcessEnginePlugin {

    private final TaskLocks locks;
    private final CompletedWorkItems completed;

    TaskSerialisationPlugin(TaskLocks locks, CompletedWorkItems completed) {
        this.locks = locks;
        this.completed = completed;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> after = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        after.add(0, new OneTransactionPerTask(locks, completed));
        configuration.setCustomPostCommandInterceptorsTxRequired(after);
    }
}
