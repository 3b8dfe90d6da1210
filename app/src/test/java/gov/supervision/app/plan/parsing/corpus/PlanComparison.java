package gov.supervision.app.plan.parsing.corpus;

import gov.supervision.app.plan.parsing.ParsedPlan;
import gov.supervision.app.plan.parsing.ParsedTask;

import java.util.List;
import java.util.function.Function;

/**
 * Whether a variant's plans are the original's, as a reader would judge: the same plans with tasks, in the same
 * order, each task the same in every field, strings compared without whitespace and with full-width （）：；， and
 * digits read as half-width (how a variant prints them is not what it says). Source lines and warnings are not
 * compared: they are about where the text stands, which a variant changes on purpose.
 */
final class PlanComparison {

    private PlanComparison() {
    }

    static String normalize(String text) {
        return LineShapes.compact(LineShapes.halfWidth(text));
    }

    /** The first difference, in words, or null when there is none. */
    static String firstDifference(List<ParsedPlan> expected, List<ParsedPlan> actual) {
        List<ParsedPlan> want = withTasks(expected);
        List<ParsedPlan> got = withTasks(actual);
        for (int p = 0; p < Math.max(want.size(), got.size()); p++) {
            if (p >= want.size()) {
                return "an extra plan with tasks: %s (%d tasks)".formatted(got.get(p).number(), got.get(p).tasks().size());
            }
            if (p >= got.size()) {
                return "plan %s (%d tasks) is missing".formatted(want.get(p).number(), want.get(p).tasks().size());
            }
            String difference = difference(p + 1, want.get(p), got.get(p));
            if (difference != null) {
                return difference;
            }
        }
        return null;
    }

    private static List<ParsedPlan> withTasks(List<ParsedPlan> plans) {
        return plans.stream().filter(plan -> !plan.tasks().isEmpty()).toList();
    }

    private static String difference(int position, ParsedPlan want, ParsedPlan got) {
        if (!normalize(want.number()).equals(normalize(got.number()))) {
            return "plan with tasks #%d: expected number %s, actual %s".formatted(position, want.number(), got.number());
        }
        if (want.tasks().size() != got.tasks().size()) {
            return "plan %s: expected %d tasks, actual %d".formatted(want.number(), want.tasks().size(),
                    got.tasks().size()) + firstTaskDifference(want, got);
        }
        return firstTaskDifference(want, got).isEmpty() ? null : "plan " + want.number() + firstTaskDifference(want, got);
    }

    /** Where the tasks first differ, as "; task 3 (label 3) text: expected «…», actual «…»", or "". */
    private static String firstTaskDifference(ParsedPlan want, ParsedPlan got) {
        for (int t = 0; t < Math.min(want.tasks().size(), got.tasks().size()); t++) {
            ParsedTask w = want.tasks().get(t);
            ParsedTask g = got.tasks().get(t);
            String field = field(w, g);
            if (field != null) {
                return "; task %d (label %s) %s".formatted(t + 1, w.label(), field);
            }
        }
        return "";
    }

    private static String field(ParsedTask w, ParsedTask g) {
        if (w.number() != g.number()) {
            return "number: expected %d, actual %d".formatted(w.number(), g.number());
        }
        String[] names = {"label", "section", "text", "leadLeaders", "leadUnits", "cooperatingUnits"};
        List<Function<ParsedTask, Object>> fields = List.of(ParsedTask::label, ParsedTask::section, ParsedTask::text,
                ParsedTask::leadLeaders, ParsedTask::leadUnits, ParsedTask::cooperatingUnits);
        for (int f = 0; f < names.length; f++) {
            Object want = fields.get(f).apply(w);
            Object got = fields.get(f).apply(g);
            if (!normalized(want).equals(normalized(got))) {
                return "%s: expected «%s», actual «%s»".formatted(names[f], want, got);
            }
        }
        return null;
    }

    private static Object normalized(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(item -> normalize(String.valueOf(item))).toList();
        }
        return normalize(String.valueOf(value));
    }
}
