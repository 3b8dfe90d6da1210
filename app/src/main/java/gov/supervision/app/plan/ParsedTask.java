package gov.supervision.app.plan;

import java.util.List;

/**
 * One numbered task as a bulletin writes it: units by name, as written.
 *
 * @param sourceLines the first and last line (1-based) of the bulletin the task was read from
 */
public record ParsedTask(
        int number,
        String section,
        String text,
        List<String> leadLeaders,
        List<String> leadUnits,
        List<String> cooperatingUnits,
        List<Integer> sourceLines) {
}
