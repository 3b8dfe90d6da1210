package gov.supervision.app.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parenthesis that closes a task and names who answers for it, such as
 * {@code (牵头领导: 陈秀兴; 牵头单位: 市工业和信息化局; 配合单位: 各县(市、区)人民政府)}.
 * Works on text whose punctuation is already half-width (see {@link BulletinParser#halfWidth}).
 */
final class ResponsibilityClause {

    static final Pattern START = Pattern.compile("\\(\\s*(牵头领导|牵头单位|配合单位|责任单位|负责单位|责任部门)\\s*:");
    private static final Pattern LEADER_TITLE = Pattern.compile(".*(常委|书记|市长|主任|部长|主席).*");

    final Set<String> leadLeaders = new LinkedHashSet<>();
    final Set<String> leadUnits = new LinkedHashSet<>();
    final Set<String> cooperatingUnits = new LinkedHashSet<>();

    /** Reads one clause's content (without its parentheses) into this record of responsibilities. */
    void read(String content) {
        List<String[]> labelled = new ArrayList<>();
        for (String part : splitTopLevel(content, ";")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                continue;
            }
            labelled.add(new String[] {part.substring(0, colon).replaceAll("\\s", ""), part.substring(colon + 1)});
        }
        boolean namesLeadUnit = labelled.stream().anyMatch(l -> l[0].equals("牵头单位"));
        for (String[] l : labelled) {
            switch (l[0]) {
                case "牵头领导" -> leadLeaders.addAll(leaders(l[1]));
                case "牵头单位" -> leadUnits.addAll(units(l[1]));
                case "配合单位" -> cooperatingUnits.addAll(units(l[1]));
                case "责任单位", "负责单位", "责任部门" ->
                        (namesLeadUnit ? cooperatingUnits : leadUnits).addAll(units(l[1]));
                default -> {
                    // an unknown label is not a responsibility
                }
            }
        }
    }

    /** Finds the index of the parenthesis closing the one at {@code open}, or -1. */
    static int closing(String text, int open) {
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

    private static List<String> leaders(String value) {
        List<String> leaders = new ArrayList<>();
        for (String part : splitTopLevel(compact(value), ",")) {
            // "荣红智,市委常委、市纪委书记": a name, then a post that stands for a second leader
            if (LEADER_TITLE.matcher(part).matches()) {
                leaders.add(part);
            } else {
                leaders.addAll(splitTopLevel(part, "、"));
            }
        }
        return leaders;
    }

    private static List<String> units(String value) {
        List<String> units = new ArrayList<>();
        for (String unit : splitTopLevel(compact(value), ",、")) {
            String name = unit.endsWith("等") ? unit.substring(0, unit.length() - 1) : unit;
            if (!name.isEmpty()) {
                units.add(name);
            }
        }
        return units;
    }

    private static String compact(String value) {
        return value.replaceAll("\\s", "");
    }

    /** Splits on any of the separators outside parentheses: 各县(市、区)人民政府 stays one name. */
    static List<String> splitTopLevel(String text, String separators) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                addIfPresent(parts, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        addIfPresent(parts, current);
        return parts;
    }

    private static void addIfPresent(List<String> parts, StringBuilder part) {
        String p = part.toString().strip();
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }

    static Matcher find(String text, int from) {
        Matcher m = START.matcher(text);
        return m.find(from) ? m : null;
    }
}
