package gov.supervision.command.task;

import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.Policy;
import gov.supervision.command.task.api.Unit;

/** One escalation of a unit's record on the task: proposed, decided, and its rectification if one was ordered. */
record Escalation(String id, Unit unit, EscalationStep proposedStep, Policy policy, EscalationStep decidedStep,
                  Rectification rectification) {

    enum Rectification { NONE, ORDERED, REPORTED, VERIFIED, REJECTED, MISSED }

    Escalation(String id, Unit unit, EscalationStep proposedStep, Policy policy) {
        this(id, unit, proposedStep, policy, null, Rectification.NONE);
    }

    boolean decided() {
        return decidedStep != null;
    }

    Escalation decided(EscalationStep step) {
        return new Escalation(id, unit, proposedStep, policy, step, rectification);
    }

    Escalation rectification(Rectification state) {
        return new Escalation(id, unit, proposedStep, policy, decidedStep, state);
    }
}
