package gov.supervision.app.plan.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parenthesis that names who answers for a task:
 * {@code (牵头领导: 陈秀兴; 牵头单位: 市工业和信息化局; 配合单位: 各县(市、区)人民政府)}. It is recognised by a label
 * (a few characters ending in 领导, 单位 or 部门, then a colon) right after the opening parenthesis, so that an
 * unknown label is found and reported rather than read as text. Works on half-width text
 * ({@link CjkText#halfWidth}), whose indexes are those of the text as written.
 *
 * @param open  the index of the opening parenthesis
 * @param close the index of the closing parenthesis, or -1 when it is not closed
 * @param parts the labels in the order written, each with what follows it
 */
record ResponsibilityClause(int open, int close, List<Part> parts) {

    static final List<String> KNOWN_LABELS = List.of("牵头领导", "牵头单位", "配合单位", "责任单位", "负责单位", "责任部门");

    private static final String LABEL_WORD = "\\p{IsHan}{0,4}?(?:领导|单位|部门)";
    private static final Pattern START = Pattern.compile("\\(\\s*" + LABEL_WORD + "\\s*:");
    private static final Pattern LABEL = Pattern.compile("(?:^|[;,。、\\s])\\s*(" + LABEL_WORD + ")\\s*:");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s。.;,、]*$");
    private static final Set<String> KNOWN = Set.copyOf(KNOWN_LABELS);

    /**
     * A label and what it names.
     *
     * @param offset the index of the label in the item's text, for its line
     * @param valueOffset the index where what it names begins
     */
    record Part(String label, String value, int offset, int valueOffset) {

        boolean isKnown() {
            return KNOWN.contains(label);
        }
    }

    /** Whether it names a responsibility with a known label; one with unknown labels only is text. */
    boolean isResponsibility() {
        return parts.stream().anyMatch(Part::isKnown);
    }

    /** Every clause of the text, in order; one not closed runs to the end of the text. */
    static List<ResponsibilityClause> findAll(String halfWidthText) {
        List<ResponsibilityClause> clauses = new ArrayList<>();
        Matcher start = START.matcher(halfWidthText);
        int from = 0;
        while (from < halfWidthText.length() && start.find(from)) {
            int open = start.start();
            int close = closing(halfWidthText, open);
            int end = close < 0 ? halfWidthText.length() : close;
            clauses.add(new ResponsibilityClause(open, close, parts(halfWidthText, open + 1, end)));
            from = end + 1;
        }
        return clauses;
    }

    static boolean contains(String halfWidthText) {
        return START.matcher(halfWidthText).find();
    }

    static boolean starts(String halfWidthText) {
        return START.matcher(halfWidthText).lookingAt();
    }

    static int indexIn(String halfWidthText) {
        Matcher start = START.matcher(halfWidthText);
        return start.find() ? start.start() : -1;
    }

    /** Whether the text ends with a closed responsibility parenthesis (and at most a full stop after it). */
    static boolean endsText(String halfWidthText) {
        List<ResponsibilityClause> clauses = findAll(halfWidthText);
        if (clauses.isEmpty()) {
            return false;
        }
        int close = clauses.get(clauses.size() - 1).close();
        return close >= 0 && TRAILING_PUNCTUATION.matcher(halfWidthText).region(close + 1, halfWidthText.length())
                .matches();
    }

    /** The index of the parenthesis closing the one at {@code open}, counting those of names like 县(市、区). */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<Part> parts(String text, int from, int to) {
        List<Part> parts = new ArrayList<>();
        Matcher label = LABEL.matcher(text).region(from, to);
        List<int[]> found = new ArrayList<>(); // {label start, label end, value start}
        while (label.find()) {
            found.add(new int[] {label.start(1), label.end(1), label.end(), label.start()});
        }
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            int valueEnd = i + 1 < found.size() ? found.get(i + 1)[3] : to;
            parts.add(new Part(CjkText.compact(text.substring(f[0], f[1])), text.substring(f[2], valueEnd), f[0],
                    f[2]));
        }
        return parts;
    }
}
