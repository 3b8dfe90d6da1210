package gov.supervision.command.task.api;

/** The steps of "notify or hold accountable", lightest to heaviest. */
public enum EscalationStep {
    /** 催办 */
    REMINDER,
    /** 通报批评 with a rectification order (限期整改) */
    CRITICISM,
    /** 约谈 */
    ADMONITION,
    /** 追责问责: referral for discipline */
    ACCOUNTABILITY
}
