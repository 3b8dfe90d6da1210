package gov.supervision.query.ledger.api;

/**
 * The ledger of the tasks a lead leader leads, with counts by light.
 *
 * @param leader     the leader's name as the plans write it
 * @param planNumber optional: one plan
 */
public record FindLeaderView(String leader, String planNumber) {
}
