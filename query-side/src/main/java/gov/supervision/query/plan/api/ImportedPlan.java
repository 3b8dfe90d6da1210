package gov.supervision.query.plan.api;

import gov.supervision.command.plan.api.PlannedTask;

import java.time.LocalDate;
import java.util.List;

/** A plan's title, date and tasks as its last import gave them, in task order. */
public record ImportedPlan(String number, String title, LocalDate issuedOn, List<PlannedTask> tasks) {
}
