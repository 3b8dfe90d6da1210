package gov.supervision.command.task.api;


import java.util.List;

/**
 * What text the record takes: any Unicode text with tabs and line breaks, but no other control character (NUL
 * among them), no half of a surrogate pair, and no more characters than its field allows. Text is stored as given;
 * what shows it escapes it. Every door checks the same limits before; the aggregates check them again, so no door
 * can put into an event what the others refuse.
 */
public final class TextRules {

    /** a person's, unit's or leader's name; an id a request names */
    public static final int NAME = 200;
    /** a reason, a note, a decision's grounds */
    public static final int REASON = 2_000;
    /** what was done: a progress report's parts, a contribution, a rectification */
    public static final int REPORT = 10_000;
    /** one evidence reference (a document's title or number) */
    public static final int EVIDENCE_ITEM = 1_000;
    /** evidence references (or cited contributions) in one submission */
    public static final int ITEMS = 50;
    /** a plan's title or a section heading */
    public static final int TITLE = 500;
    /** a task's text as its plan prints it */
    public static final int TASK_TEXT = 20_000;

    private TextRules() {
    }

    /** The value, if the record can hold it in {@code field}; null stays null. */
    public static String check(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidText(field, "is %d characters long; at most %d are taken".formatted(value.length(),
                    maxLength));
        }
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidText(field, problem);
        }
        return value;
    }

    /** Each of the values, and at most {@code maxItems} of them; null stays null. */
    public static List<String> checkAll(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return null;
        }
        if (values.size() > maxItems) {
            throw new InvalidText(field, "has %d entries; at most %d are taken".formatted(values.size(), maxItems));
        }
        for (int i = 0; i < values.size(); i++) {
            check(field + "[" + i + "]", values.get(i), maxLength);
        }
        return values;
    }

    /** What is wrong with the text's characters (position 1-based), or null when nothing is. */
    public static String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains a NUL character at position " + (i + 1);
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "contains the control character U+%04X at position %d".formatted((int) c, i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains half of a surrogate pair (U+%04X) at position %d".formatted((int) c, i + 1);
            }
        }
        return null;
    }
}
