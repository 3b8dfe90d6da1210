package gov.supervision.app.bulletin;

/** Assembles a plan's weekly bulletin from the read model (the ledger and the unit scorecard). */
public interface WeeklyBulletins {

    /**
     * The bulletin of a plan for a week, in the plan's time zone.
     *
     * @throws UnknownPlan when no plan has that number
     */
    WeeklyBulletin assemble(String planNumber, Week week);
}
