package gov.supervision.app.plan.parsing.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line means to the parser, judged as the parser judges it (ItemReader, ItemStart, DocumentSplitter,
 * ResponsibilityClause, PageFurniture, ContinuationMarker are package-private, so their patterns are restated here).
 * The generator asks these before every cut or insertion: a variant must never make a line begin an item, a date,
 * a document or a page's furniture where the original did not.
 */
final class LineShapes {

    static final String HAN_NUMERAL = "[一二三四五六七八九十百]+";
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern NUMBER =
            Pattern.compile("^(\\p{IsHan}{2,8})[〔\\[(【〈]\\s*(\\d{4})\\s*[〕\\])】〉](\\d+)号$");
    private static final Pattern DATE = Pattern.compile("^[(]?(\\d{4})年(\\d{1,2})月(\\d{1,2})日[)]?$");
    private static final Pattern BANNER = Pattern.compile("^#.*|^\\p{IsHan}{2,30}$");
    private static final Pattern MARKS = Pattern.compile("^(?:#+|[-*+•])?\\s*(?:\\*\\*)?\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s+");
    private static final Pattern SECTION = Pattern.compile("^(" + HAN_NUMERAL + ")\\s*、");
    private static final Pattern SUB_HEADING = Pattern.compile("^[(]\\s*(" + HAN_NUMERAL + ")\\s*[)]");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.、．](?!\\d)");
    private static final Pattern SUB_ITEM = Pattern.compile("^(?:[(]\\s*\\d{1,2}\\s*[)]|[①-⑳])");
    private static final String LABEL_WORD = "(?:\\p{IsHan}\\s*){0,4}?(?:领\\s*导|单\\s*位|部\\s*门)";
    private static final Pattern CLAUSE_START = Pattern.compile("^[(]\\s*" + LABEL_WORD + "\\s*:");
    private static final Pattern CLAUSE_LABEL = Pattern.compile("^\\s*" + LABEL_WORD + "\\s*:");
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇]+条");
    private static final String DASHES = "[-—–－―~·•・]*";
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^" + DASHES + "(?:第)?\\d{1,3}(?:页)?" + DASHES + "$");
    private static final Pattern ISSUE = Pattern.compile("\\d{4}年第\\d{1,2}期(?:\\(总第\\d+期\\))?");
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "^#*(?:\\p{IsHan}{2,16}公报)?(?:" + ISSUE + ")?" + "(?:" + DASHES + "\\d{1,3}" + DASHES + ")?$");
    private static final String SPACE = "[\\s\\u00a0\\u3000]*";
    private static final Pattern MARKER = Pattern.compile("(下" + SPACE + "转|转|上" + SPACE + "接|接)" + SPACE + "第"
            + SPACE + "[0-9０-９]{1,3}" + SPACE + "页");
    /**
     * Where a line's own start ends: Markdown marks, a bullet, an item or heading number, an article number or a
     * responsibility label. A cut or a space inside it would change what the line is.
     */
    private static final Pattern START_TOKEN = Pattern.compile("^\\s*(?:#+\\s*)?(?:[-*+•]\\s+)?(?:\\*\\*)?\\s*(?:"
            + "\\d{1,3}\\s*[.、．](?!\\d)|[(]\\s*" + HAN_NUMERAL + "\\s*[)]|" + HAN_NUMERAL + "\\s*、|[(]\\s*\\d{1,2}\\s*[)]"
            + "|[①-⑳]|第[一二三四五六七八九十百零〇]+条|[(]\\s*" + LABEL_WORD + "\\s*:)?");

    /** What an item start is, for the numbering a moved fragment must not seem to continue. */
    enum StartKind { SECTION, SUB_HEADING, NUMBERED }

    record ItemStart(StartKind kind, int number) {
    }

    private LineShapes() {
    }

    /** As the parser's CjkText.halfWidth: one character for one, so indexes carry over. */
    static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                case '：' -> ':';
                case '；' -> ';';
                case '，' -> ',';
                case '［' -> '[';
                case '］' -> ']';
                default -> c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
            });
        }
        return out.toString();
    }

    static String compact(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    static boolean isNumberLine(String line) {
        return NUMBER.matcher(compact(halfWidth(line))).matches();
    }

    static boolean isDate(String line) {
        return DATE.matcher(compact(halfWidth(line))).matches();
    }

    static boolean isBanner(String line) {
        return BANNER.matcher(compact(line)).matches();
    }

    static boolean isFurniture(String line) {
        String text = compact(halfWidth(line));
        return !text.isEmpty() && (PAGE_NUMBER.matcher(text).matches() || RUNNING_HEADER.matcher(text).matches()
                && (text.contains("公报") || ISSUE.matcher(text).find()));
    }

    static boolean hasMarker(String line) {
        return MARKER.matcher(line).find();
    }

    /** The section, sub-heading or numbered item the line begins (as ItemStart sees it), or null. */
    static ItemStart itemStart(String line) {
        String text = MARKS.matcher(halfWidth(line.strip())).replaceFirst("");
        Matcher m;
        if ((m = SECTION.matcher(text)).find()) {
            return new ItemStart(StartKind.SECTION, hanNumber(m.group(1)));
        }
        if ((m = SUB_HEADING.matcher(text)).find()) {
            return new ItemStart(StartKind.SUB_HEADING, hanNumber(m.group(1)));
        }
        if ((m = NUMBERED.matcher(text)).find()) {
            return new ItemStart(StartKind.NUMBERED, Integer.parseInt(m.group(1)));
        }
        return null;
    }

    /** The line without Markdown, as ItemReader reads it. */
    static String content(String line) {
        String text = line.strip();
        String content = text.startsWith("#") ? text.replaceFirst("^#+\\s*", "") : BULLET.matcher(text).replaceFirst("");
        return content.replace("**", "");
    }

    /**
     * Whether a line beginning with this text would mean anything but "the text goes on": an item, heading, sub-item,
     * responsibility clause, article, date, document number, page furniture or continuation marker.
     */
    static boolean startsLikeItem(String line) {
        String text = halfWidth(line.strip());
        if (text.startsWith("#") || text.startsWith("*") || BULLET.matcher(text).find() || isDate(text)
                || isNumberLine(text) || isFurniture(text) || hasMarker(text)) {
            return true;
        }
        String content = halfWidth(content(line));
        return itemStart(content) != null || SUB_ITEM.matcher(content).find() || CLAUSE_START.matcher(content).find()
                || ARTICLE.matcher(compact(content)).find();
    }

    /** The index where the line's own start (number, bullet, label…) ends; 0 when it has none. */
    static int startTokenEnd(String line) {
        Matcher m = START_TOKEN.matcher(halfWidth(line));
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * Whether an item's text, as read so far, ends with a closed responsibility parenthesis: the parser then lets no
     * plain line join it, so a fragment may be printed right after it.
     */
    static boolean endsClosed(String itemText) {
        String text = compact(halfWidth(itemText)).replaceFirst("[。.;,、]+$", "");
        if (!text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return CLAUSE_LABEL.matcher(text.substring(i + 1)).lookingAt();
            }
        }
        return false;
    }

    /** Whether the text leaves a responsibility parenthesis open: the part it breaks off from closes it. */
    static boolean endsInsideClause(String itemText) {
        String text = compact(halfWidth(itemText));
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return CLAUSE_LABEL.matcher(text.substring(i + 1)).lookingAt();
                }
                depth--;
            }
        }
        return false;
    }

    /** {@code 十二} 12, as the parser counts headings. */
    static int hanNumber(String numeral) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int digit = 0;
        for (char c : numeral.toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            }
        }
        return total + digit;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
