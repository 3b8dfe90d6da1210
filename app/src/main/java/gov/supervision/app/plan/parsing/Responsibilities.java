package gov.supervision.app.plan.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who answers for one task, read from its responsibility clauses: 牵头领导 are lead leaders, 牵头单位 lead units,
 * 配合单位 cooperating units; 责任单位, 负责单位 and 责任部门 are cooperating units next to a 牵头单位, and lead
 * units (the first the main one) when the task names no 牵头单位. Names are split on 、 , ; outside parentheses
 * (各县(市、区)人民政府 is one name), kept in the order written, each once.
 */
final class Responsibilities {

    // a post that stands for a leader: "荣红智，市委常委、市纪委书记" names a person and a post
    private static final Pattern POST = Pattern.compile(".*(常委|书记|市长|主任|主席|部长|局长|秘书长|院长|检察长|委员|政委)$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[。.．:;,、]+|[。.．:;,、]+$");
    private static final Pattern TRAILING_ETC = Pattern.compile("等(?:单位|部门)?$");

    /** A name as written, with where it begins in the task's text. */
    record Name(String name, int offset) {
    }

    final Set<String> leadLeaders = new LinkedHashSet<>();
    final List<Name> leadUnits = new ArrayList<>();
    final List<Name> cooperatingUnits = new ArrayList<>();
    final List<ResponsibilityClause.Part> unknownLabels = new ArrayList<>();

    private Responsibilities() {
    }

    /**
     * Reads the clauses of one task.
     *
     * @throws BulletinFormatException when a label names nobody
     */
    static Responsibilities read(List<ResponsibilityClause> clauses, String taskLabel, ItemText text) {
        Responsibilities responsibilities = new Responsibilities();
        List<ResponsibilityClause.Part> parts = clauses.stream().flatMap(c -> c.parts().stream()).toList();
        boolean namesLeadUnit = parts.stream()
                .anyMatch(p -> p.isKnown() && p.role() == ResponsibilityClause.Role.LEAD_UNIT);
        for (ResponsibilityClause.Part part : parts) {
            if (!part.isKnown()) {
                responsibilities.unknownLabels.add(part);
                continue;
            }
            boolean leaders = part.role() == ResponsibilityClause.Role.LEAD_LEADER;
            List<Name> names = leaders ? leaders(part) : units(part);
            if (names.isEmpty()) {
                throw new BulletinFormatException(text.lineAt(part.offset()), "task %s: %s names no %s"
                        .formatted(taskLabel, part.label(), leaders ? "leader" : "unit"));
            }
            switch (part.role()) {
                case LEAD_LEADER -> names.forEach(n -> responsibilities.leadLeaders.add(n.name()));
                case LEAD_UNIT -> responsibilities.leadUnits.addAll(names);
                case COOPERATING_UNIT -> responsibilities.cooperatingUnits.addAll(names);
                case RESPONSIBLE_UNIT -> (namesLeadUnit ? responsibilities.cooperatingUnits
                        : responsibilities.leadUnits).addAll(names);
            }
        }
        return responsibilities;
    }

    private static List<Name> units(ResponsibilityClause.Part part) {
        return split(part.value(), part.valueOffset(), ",;、");
    }

    private static List<Name> leaders(ResponsibilityClause.Part part) {
        List<Name> leaders = new ArrayList<>();
        for (Name name : split(part.value(), part.valueOffset(), ",;")) {
            if (POST.matcher(name.name()).matches()) {
                leaders.add(name); // a post keeps its 、: 市委常委、市纪委书记 is one post
            } else {
                leaders.addAll(split(name.name(), name.offset(), "、"));
            }
        }
        return leaders;
    }

    /** Splits on the separators outside parentheses, cleaning each name; offsets are approximate after cleaning. */
    static List<Name> split(String text, int offset, String separators) {
        List<Name> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (i == text.length() || depth == 0 && separators.indexOf(c) >= 0) {
                String name = clean(text.substring(start, i));
                if (!name.isEmpty()) {
                    names.add(new Name(name, offset + start + leadingBlanks(text, start, i)));
                }
                start = i + 1;
            }
        }
        return names;
    }

    private static String clean(String name) {
        String compact = EDGE_PUNCTUATION.matcher(CjkText.compact(name)).replaceAll("");
        return TRAILING_ETC.matcher(compact).replaceFirst("");
    }

    private static int leadingBlanks(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
