package gov.supervision.query.ledger.api;

/** Why a task has the light it has; each reason belongs to one light. */
public enum LightReason {
    /** an acknowledgement, report or rectification is past its due time and not yet made good (red) */
    OVERDUE(Light.RED, "逾期未办"),
    /** the last accepted report was assessed ineffective (red) */
    INEFFECTIVE(Light.RED, "成效不明显"),
    /** a notice or accountability action is open: its rectification is not yet verified (red) */
    UNDER_NOTICE(Light.RED, "被通报或问责"),
    /** supervision was raised to the lead leaders (red) */
    RAISED(Light.RED, "提级督办"),
    /** something falls due within 24 hours (amber) */
    DUE_SOON(Light.AMBER, "24小时内到期"),
    /** a report was returned and its resubmission is awaited (amber) */
    RETURNED(Light.AMBER, "报告被退回"),
    /** the last accepted report was assessed slow (amber) */
    SLOW(Light.AMBER, "进度缓慢");

    private final Light light;
    private final String label;

    LightReason(Light light, String label) {
        this.light = light;
        this.label = label;
    }

    public Light light() {
        return light;
    }

    /** The reason in the words of a supervision bulletin. */
    public String label() {
        return label;
    }
}
