package gov.supervision.query.ledger;

import gov.supervision.command.task.api.TaskEvent;
import gov.supervision.command.task.api.TaskRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps the ledger table: each event of a task is folded into the task's entry ({@link LedgerFold}), once — the
 * entry remembers the sequence number of the last event it applied. The processor's token commits in the same
 * transaction as the row it wrote, and a replay from an empty table rebuilds the same rows.
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "ledger";

    private final LedgerTable table;

    LedgerProjection(LedgerTable table) {
        this.table = table;
    }

    @EventHandler
    void on(TaskEvent event, @SequenceNumber long sequence) {
        String taskId = event.taskId().value();
        LedgerEntry entry = table.findForUpdate(taskId)
                .orElseGet(() -> event instanceof TaskRegistered ? new LedgerEntry() : null);
        if (entry != null && LedgerFold.apply(entry, event, sequence)) {
            table.save(entry);
        }
    }

    /** A replay starts from an empty ledger. */
    @ResetHandler
    void reset() {
        table.truncate();
    }
}
