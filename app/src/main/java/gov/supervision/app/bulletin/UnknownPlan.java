package gov.supervision.app.bulletin;

/** No plan has the number asked for. */
public class UnknownPlan extends RuntimeException {

    public UnknownPlan(String planNumber) {
        super("no plan " + planNumber);
    }
}
