package gov.supervision.command.plan.api;

import gov.supervision.command.task.api.Unit;

import java.util.List;

/**
 * One task as a plan's text gives it: its number in the plan and its label as written ("9", "(四)1"), section,
 * text and who answers for it.
 */
public record PlannedTask(
        int number,
        String label,
        String section,
        String text,
        List<String> leadLeaders,
        List<Unit> leadUnits,
        List<Unit> cooperatingUnits) {
}
