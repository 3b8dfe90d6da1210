package gov.supervision.app.bulletin;

/** A week that is not written {@code yyyy-Www} or does not exist; {@link #reason()} says which. */
public class WeekFormatException extends IllegalArgumentException {

    private final String reason;

    WeekFormatException(String reason) {
        super("week: " + reason);
        this.reason = reason;
    }

    /** The message without the field's name, e.g. {@code 2021 has 52 weeks, was 2021-W53}. */
    public String reason() {
        return reason;
    }
}
