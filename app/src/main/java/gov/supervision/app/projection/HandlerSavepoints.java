package gov.supervision.app.projection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;

/**
 * Runs each event handler of a projection under a savepoint of the processor's transaction, so that a handler whose
 * SQL fails leaves the transaction usable. PostgreSQL marks a whole transaction aborted at the first failed
 * statement: without the savepoint, parking the event as a dead letter and storing the processor's token, both in
 * that transaction, would fail too, and the processor would retry the batch for ever. Rolled back to its savepoint,
 * the failed handler leaves nothing behind (not even its first statements: the scorecard claims the event's sequence
 * before it applies it, which a per-statement savepoint such as the driver's {@code autosave} would keep), the event
 * is parked, and the batch goes on and commits with its token.
 * <p>
 * Applied to every {@code @EventHandler} of a class whose {@code @ProcessingGroup} is a declared {@link
 * gov.supervision.query.projection.api.Projection}, by Axon when it inspects the handlers; nothing in the projection
 * classes changes. A handler called outside a transaction on the engine's DataSource (none here) runs as it is.
 * <p>
 * The savepoint is plain SQL on the transaction's connection, one round trip per event: {@code SAVEPOINT} before the
 * transaction's first handler, {@code RELEASE SAVEPOINT; SAVEPOINT} (sent together) before each further one, and
 * {@code ROLLBACK TO SAVEPOINT} when a handler fails; the last one is released by the commit. Spring's
 * {@code PROPAGATION_NESTED} would send the same statements, two round trips per event, through JDBC's savepoint
 * objects, which do not survive every connection wrapper (the embedded test database's recording proxy hands the
 * driver back a wrapped savepoint, which it cannot cast); the SQL does. The README ("Dead letters", "What it
 * costs") has what the savepoints cost on a rebuild.
 */
@Component
public class HandlerSavepoints implements HandlerEnhancerDefinition {

    static final String SAVEPOINT = "projection_event_handler";

    private final Projections projections;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile boolean enabled;

    HandlerSavepoints(Projections projections, DataSource dataSource,
                      @Value("${supervision.projections.handler-savepoints:true}") boolean enabled) {
        this.projections = projections;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.enabled = enabled;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || original.annotationAttributes(EventHandler.class).isEmpty()) {
            return original;
        }
        Class<?> declaring;
        try {
            declaring = original.declaringClass();
        } catch (UnsupportedOperationException e) {
            return original;
        }
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(declaring, ProcessingGroup.class);
        return group != null && projections.find(group.value()).isPresent() ? new Savepointed<>(original) : original;
    }

    /** Off only to measure what the savepoints cost, or to show what happens without them: nothing can be parked. */
    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    private final class Savepointed<T> extends WrappedMessageHandlingMember<T> {

        Savepointed(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!enabled || !TransactionSynchronizationManager.hasResource(dataSource)
                    || !TransactionSynchronizationManager.isSynchronizationActive()) {
                return super.handle(message, target);
            }
            if (TransactionSynchronizationManager.hasResource(HandlerSavepoints.this)) {
                jdbc.execute("RELEASE SAVEPOINT " + SAVEPOINT + "; SAVEPOINT " + SAVEPOINT);
            } else {
                jdbc.execute("SAVEPOINT " + SAVEPOINT);
                TransactionSynchronizationManager.bindResource(HandlerSavepoints.this, SAVEPOINT);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(HandlerSavepoints.this);
                    }
                });
            }
            try {
                return super.handle(message, target);
            } catch (Exception | Error failure) {
                try {
                    jdbc.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                } catch (RuntimeException rollbackFailed) {
                    failure.addSuppressed(rollbackFailed);
                }
                throw failure;
            }
        }
    }
}
