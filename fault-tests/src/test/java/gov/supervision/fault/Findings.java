package gov.supervision.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fault test found: its figures (printed whatever the verdict) and the checks that failed, each with a few
 * examples. The test fails at its end if any check failed, so that one run shows every finding, not the first.
 */
final class Findings {

    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    void figure(String name, Object value) {
        figures.put(name, String.valueOf(value));
    }

    /** A check: fails with the message and up to 8 of the examples when {@code holds} is false. */
    void check(boolean holds, String message, List<?> examples) {
        if (!holds) {
            StringBuilder failure = new StringBuilder(message);
            examples.stream().limit(8).forEach(example -> failure.append("\n      e.g. ").append(example));
            if (examples.size() > 8) {
                failure.append("\n      … and ").append(examples.size() - 8).append(" more");
            }
            failures.add(failure.toString());
        }
    }

    void check(boolean holds, String message) {
        check(holds, message, List.of());
    }

    List<String> failures() {
        return failures;
    }

    String report(String title) {
        StringBuilder report = new StringBuilder("\n===== ").append(title).append('\n');
        int width = figures.keySet().stream().mapToInt(String::length).max().orElse(10);
        figures.forEach((name, value) -> report.append("  ").append(name)
                .append(" ".repeat(width - name.length() + 2)).append(value).append('\n'));
        if (failures.isEmpty()) {
            report.append("  every check held\n");
        } else {
            report.append("  ").append(failures.size()).append(" check(s) failed:\n");
            failures.forEach(failure -> report.append("  - ").append(failure).append('\n'));
        }
        return report.toString();
    }
}
