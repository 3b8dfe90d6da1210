package gov.supervision.process.guard;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets the engine up as a door that gives a role exactly what it may do:
 * <ul>
 *   <li>the guard in front of every command ({@link ProcessStateGuard});</li>
 *   <li>a unit offered a task may work on it (read, claim, complete: {@code TASK_WORK}), not update it;</li>
 *   <li>reading or setting variables needs its own permissions, which no role is given to set them;</li>
 *   <li>a new user may read its own account, not edit or delete it ({@link OwnAccountReadOnly});</li>
 *   <li>Camunda locks no account for wrong passwords: a stranger could lock anyone out for good; our own throttle
 *       slows guessing per user and client instead.</li>
 * </ul>
 */
@Component
class ProcessStateGuardPlugin extends AbstractProcessEnginePlugin {

    private final CompletedWorkItems completed;

    ProcessStateGuardPlugin(CompletedWorkItems completed) {
        this.completed = completed;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> before = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        before.add(0, new ProcessStateGuard(configuration, completed));
        configuration.setCustomPreCommandInterceptorsTxRequired(before);
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        configuration.setEnforceSpecificVariablePermission(true);
        configuration.setResourceAuthorizationProvider(new OwnAccountReadOnly());
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
    }
}
