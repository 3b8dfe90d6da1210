package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.Unit;

import java.util.List;
import java.util.Objects;

/**
 * A task under a red or amber light, as 二、红灯/黄灯任务 lists it.
 *
 * @param number          the task's number in its plan
 * @param shortTitle      the ledger's short title
 * @param leadUnits       its lead units (牵头单位)
 * @param leadLeaders     its lead leaders (牵头领导), possibly none
 * @param reasons         why it has this light, in words (逾期未报送进展, 进展缓慢…)
 * @param daysOverdue     days past its most overdue due time, or null when nothing is overdue
 * @param percentComplete the last accepted report's percent, or null before any
 */
public record FlaggedTask(
        int number,
        String shortTitle,
        List<Unit> leadUnits,
        List<String> leadLeaders,
        List<String> reasons,
        Integer daysOverdue,
        Integer percentComplete) {

    public FlaggedTask {
        Objects.requireNonNull(shortTitle, "shortTitle");
        leadUnits = List.copyOf(leadUnits);
        leadLeaders = List.copyOf(leadLeaders);
        reasons = List.copyOf(reasons);
        Counts.notNegative("daysOverdue", daysOverdue);
        if (percentComplete != null && (percentComplete < 0 || percentComplete > 100)) {
            throw new IllegalArgumentException("percentComplete: must be between 0 and 100, was " + percentComplete);
        }
    }
}
