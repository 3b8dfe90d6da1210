package gov.supervision.query.ledger.api;

/**
 * Ledger rows, in plan and task order. Every filter is optional (null matches all).
 *
 * @param planNumber a plan's number, such as 聊政发〔2021〕1号
 * @param taskNumber one task of the plan
 * @param leadUnit   a lead unit, by its id or its name
 * @param status     a ledger status
 */
public record FindLedgerRows(String planNumber, Integer taskNumber, String leadUnit, LedgerStatus status) {

    public static FindLedgerRows all() {
        return new FindLedgerRows(null, null, null, null);
    }

    public static FindLedgerRows ofPlan(String planNumber) {
        return new FindLedgerRows(planNumber, null, null, null);
    }
}
