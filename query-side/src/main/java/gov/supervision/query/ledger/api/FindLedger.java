package gov.supervision.query.ledger.api;

import java.util.List;

/**
 * The ledger filtered, sorted and paged. Every filter is optional (null matches all).
 *
 * @param unit     a unit by id or name that leads or cooperates on the task
 * @param leadUnit a unit by id or name that leads the task
 * @param leader   a lead leader, by name as the plan writes it
 * @param overdue  true: only tasks with something overdue; false: only tasks without
 * @param sort     sort keys, each a {@link LedgerSort} name, descending when prefixed with '-';
 *                 plan and task number break ties
 * @param page     0-based page
 * @param size     rows per page; null for all
 */
public record FindLedger(String planNumber, Integer taskNumber, String section, String unit, String leadUnit,
                         String leader, LedgerStatus status, Light light, Boolean overdue, List<String> sort,
                         int page, Integer size) {

    public FindLedger {
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static FindLedger ofPlan(String planNumber) {
        return new FindLedger(planNumber, null, null, null, null, null, null, null, null, List.of(), 0, null);
    }

    public FindLedger forLeader(String leaderName) {
        return new FindLedger(planNumber, taskNumber, section, unit, leadUnit, leaderName, status, light, overdue, sort,
                page, size);
    }
}
