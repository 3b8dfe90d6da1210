package gov.supervision.app;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Moves the engine's clock and fires what falls due, as the job executor would, in the test's thread. Tests that use
 * it run with the job executor off ({@code camunda.bpm.job-execution.enabled=false}); never sleep.
 */
public final class EngineTime {

    private final ManagementService management;

    public EngineTime(ManagementService management) {
        this.management = management;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Sets the clock to {@code time} and fires every job due by then, oldest first, until none is left. */
    public void moveTo(Instant time) {
        ClockUtil.setCurrentTime(Date.from(time));
        fireDue();
    }

    public void fireDue() {
        for (int round = 0; round < 1000; round++) {
            List<Job> due = management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("jobs keep falling due: a timer loop without a wait?");
    }

    public static void reset() {
        ClockUtil.reset();
    }
}
