package gov.supervision.app.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan's numbered tasks from the OCR'd text of a government bulletin: the items numbered 1, 2, 3, …
 * under the plan's section headings, each closed by a responsibility parenthesis. Text split across page breaks
 * and blank lines is joined back into its item.
 */
public final class BulletinParser {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("^\\S{2,8}〔\\d{4}〕\\d+号$");
    private static final Pattern ITEM = Pattern.compile("^(?:[-*]\\s*)?(\\d{1,3})\\s*[.、．]\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、.*");

    /** Reads the plan numbered {@code planNumber} from the bulletin. */
    public ParsedPlan parse(String bulletin, String planNumber) {
        List<String> lines = bulletin.lines().toList();
        int start = documentStart(lines, planNumber);
        int end = documentEnd(lines, start);
        String title = null;
        String section = null;
        List<Item> items = new ArrayList<>();
        Item current = null;
        for (int i = start + 1; i < end; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+", "").strip();
                if (title == null) {
                    title = heading.replaceFirst("^聊城市人民政府\\s*", "").replaceAll("\\s", "");
                }
                section = heading.replaceAll("\\s", "");
                current = null;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches() && Integer.parseInt(item.group(1)) == items.size() + 1) {
                current = new Item(Integer.parseInt(item.group(1)), section, i + 1);
                current.append(item.group(2), i + 1);
                items.add(current);
            } else if (SECTION.matcher(line).matches() && current == null) {
                section = line;
            } else if (current != null) {
                current.append(line.replaceFirst("^[-*]\\s*", ""), i + 1);
            }
        }
        if (items.isEmpty()) {
            throw new BulletinFormatException("plan %s (line %d): no numbered tasks found".formatted(planNumber,
                    start + 1));
        }
        return new ParsedPlan(planNumber, title, items.stream().map(Item::toTask).toList());
    }

    private static int documentStart(List<String> lines, String planNumber) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(planNumber)) {
                return i;
            }
        }
        throw new BulletinFormatException("plan %s: the bulletin has no line with this document number"
                .formatted(planNumber));
    }

    private static int documentEnd(List<String> lines, int start) {
        for (int i = start + 1; i < lines.size(); i++) {
            if (DOCUMENT_NUMBER.matcher(lines.get(i).strip()).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /** Full-width punctuation to half-width, one character for one, so positions stay the same. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                case '：' -> ':';
                case '；' -> ';';
                case '，' -> ',';
                default -> c;
            });
        }
        return out.toString();
    }

    /** An item being read: its lines joined back together. */
    private static final class Item {
        private final int number;
        private final String section;
        private final int firstLine;
        private int lastLine;
        private final StringBuilder text = new StringBuilder();

        Item(int number, String section, int firstLine) {
            this.number = number;
            this.section = section;
            this.firstLine = firstLine;
        }

        void append(String line, int lineNumber) {
            // a page break splits words and names: join without a space, except between two Latin words
            if (!text.isEmpty() && isLatin(text.charAt(text.length() - 1)) && !line.isEmpty()
                    && isLatin(line.charAt(0))) {
                text.append(' ');
            }
            text.append(line);
            lastLine = lineNumber;
        }

        private static boolean isLatin(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }

        ParsedTask toTask() {
            String original = text.toString();
            String normalized = halfWidth(original);
            ResponsibilityClause responsibilities = new ResponsibilityClause();
            StringBuilder taskText = new StringBuilder();
            int from = 0;
            Matcher clause;
            while ((clause = ResponsibilityClause.find(normalized, from)) != null) {
                int open = clause.start();
                int close = ResponsibilityClause.closing(normalized, open);
                if (close < 0) {
                    throw new BulletinFormatException(("lines %d-%d: task %d: the responsibility parenthesis is "
                            + "not closed").formatted(firstLine, lastLine, number));
                }
                taskText.append(original, from, open);
                responsibilities.read(normalized.substring(open + 1, close));
                from = close + 1;
            }
            taskText.append(original.substring(from));
            if (responsibilities.leadUnits.isEmpty()) {
                throw new BulletinFormatException(("lines %d-%d: task %d names no lead unit (expected a parenthesis "
                        + "with 牵头单位 or 责任单位)").formatted(firstLine, lastLine, number));
            }
            return new ParsedTask(number, section, taskText.toString().strip(),
                    List.copyOf(responsibilities.leadLeaders), List.copyOf(responsibilities.leadUnits),
                    List.copyOf(responsibilities.cooperatingUnits), List.of(firstLine, lastLine));
        }
    }
}
