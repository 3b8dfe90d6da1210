package gov.supervision.app.plan;

import java.util.List;

/** A plan found in a bulletin: its document number, title and numbered tasks. */
public record ParsedPlan(String number, String title, List<ParsedTask> tasks) {
}
