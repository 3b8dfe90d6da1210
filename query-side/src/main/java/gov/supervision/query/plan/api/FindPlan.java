package gov.supervision.query.plan.api;

/** A plan as last imported, by its number. */
public record FindPlan(String planNumber) {
}
