package gov.supervision.app.plan.parsing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** What a label says of the names after it. */
    enum Role {
        /** 牵头领导 and its forms: people, or posts standing for them. */
        LEAD_LEADER,
        /** 牵头单位 and its forms. */
        LEAD_UNIT,
        /** 配合单位 and its forms. */
        COOPERATING_UNIT,
        /** 责任单位 and its forms: lead units where no 牵头单位 is named, else cooperating units. */
        RESPONSIBLE_UNIT
    }

    /** Every label known, in the forms plans print them, with its role. */
    static final Map<String, Role> ROLES = roles();

    static final List<String> KNOWN_LABELS = List.copyOf(ROLES.keySet());

    // a label may be printed with spaces inside (牵头 单位) by OCR
    private static final String LABEL_WORD = "(?:\\p{IsHan}\\s*){0,4}?(?:领\\s*导|单\\s*位|部\\s*门)";
    private static final Pattern START = Pattern.compile("\\(\\s*" + LABEL_WORD + "\\s*:");
    private static final Pattern LABEL = Pattern.compile("(?:^|[;,。、\\s])\\s*(" + LABEL_WORD + ")\\s*:");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s。.;,、]*$");

    private static Map<String, Role> roles() {
        Map<String, Role> roles = new LinkedHashMap<>();
        List.of("牵头领导", "责任领导", "分管领导", "牵头市领导").forEach(l -> roles.put(l, Role.LEAD_LEADER));
        List.of("牵头单位", "牵头部门", "主办单位", "主责单位", "主责部门").forEach(l -> roles.put(l, Role.LEAD_UNIT));
        List.of("配合单位", "配合部门", "协办单位", "协作单位", "参与单位").forEach(l -> roles.put(l, Role.COOPERATING_UNIT));
        List.of("责任单位", "负责单位", "责任部门", "负责部门").forEach(l -> roles.put(l, Role.RESPONSIBLE_UNIT));
        return Collections.unmodifiableMap(roles);
    }

    /**
     * A label and what it names.
     *
     * @param offset the index of the label in the item's text, for its line
     * @param valueOffset the index where what it names begins
     */
    record Part(String label, String value, int offset, int valueOffset) {

        boolean isKnown() {
            return ROLES.containsKey(label);
        }

        /** What the label says of the names after it; only for a known label. */
        Role role() {
            return ROLES.get(label);
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
