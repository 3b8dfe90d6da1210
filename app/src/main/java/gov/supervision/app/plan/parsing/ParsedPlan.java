package gov.supervision.app.plan.parsing;

import java.time.LocalDate;
import java.util.List;

/**
 * One document of a bulletin: its number ({@code 聊政发〔2021〕1号}), title, issue date and tasks. A document with no
 * responsibility clause (a scheme, a notice) is a plan with no tasks.
 *
 * @param issuedOn the date line of the document, or null when it has none (a warning says so)
 */
public record ParsedPlan(String number, String title, LocalDate issuedOn, List<ParsedTask> tasks) {

    public ParsedPlan {
        tasks = List.copyOf(tasks);
    }
}
