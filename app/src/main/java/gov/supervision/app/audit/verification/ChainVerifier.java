package gov.supervision.app.audit.verification;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the event log against its chain hashes, from the raw rows: every aggregate's chain, or one. A full check
 * reads the whole store in one read-only snapshot (repeatable read), so events appended meanwhile neither break a
 * chain nor blur a plan's digest.
 */
@Component
public class ChainVerifier {

    private final EventTable table;
    private final TransactionTemplate snapshot;

    ChainVerifier(DataSource dataSource, EventSchema schema, PlatformTransactionManager transactions) {
        this.table = new EventTable(dataSource, schema);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Every chain of the store, and the digest of every plan. */
    public Verification verifyAll() {
        return snapshot.execute(status -> {
            Tally tally = new Tally();
            PlanDigests digests = new PlanDigests();
            table.forEachChain(chain -> {
                tally.add(chain);
                digests.add(ChainSummary.of(chain));
            });
            return tally.verification(digests.digests());
        });
    }

    /** One aggregate's chain (a task's id, or a plan's number); empty when there is no such aggregate. */
    public Optional<Verification> verify(String aggregateId) {
        return snapshot.execute(status -> {
            List<StoredEvent> chain = table.chain(aggregateId);
            if (chain.isEmpty()) {
                return Optional.empty();
            }
            Tally tally = new Tally();
            tally.add(chain);
            return Optional.of(tally.verification(List.of()));
        });
    }

    private static final class Tally {

        private long chains;
        private long events;
        private final List<ChainBreak> broken = new ArrayList<>();

        void add(List<StoredEvent> chain) {
            chains++;
            events += chain.size();
            new ChainCheck(chain).firstBreak().ifPresent(broken::add);
        }

        Verification verification(List<PlanDigest> plans) {
            return new Verification(broken.isEmpty(), chains, events, List.copyOf(broken), plans);
        }
    }
}
