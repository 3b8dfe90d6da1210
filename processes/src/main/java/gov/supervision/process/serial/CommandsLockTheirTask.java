package gov.supervision.process.serial;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The aggregate's side of {@link TaskLocks}: a command to a task takes the task's lock in the transaction it runs
 * in, before the aggregate is loaded. Whatever sent it (a REST call, a process step, a timer), the transaction
 * holds the task until it commits, so a second command to the task from the same transaction never waits behind a
 * transaction that waits for this one's rows.
 */
@Component
class CommandsLockTheirTask implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final TaskLocks locks;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    CommandsLockTheirTask(TaskLocks locks, CommandBus commands) {
        this.locks = locks;
        commands.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        String target;
        try {
            target = targets.resolveTarget(unitOfWork.getMessage()).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return chain.proceed(); // a command that names no aggregate (none of the task's)
        }
        locks.lock(target);
        return chain.proceed();
    }
}
