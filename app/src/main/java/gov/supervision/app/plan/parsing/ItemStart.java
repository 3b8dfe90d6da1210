package gov.supervision.app.plan.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a line begins a part of a plan, and its number: a section {@code 一、}, a sub-heading {@code （一）}, a
 * numbered item {@code 9.} / {@code 9、} (Markdown marks and width variants allowed). Used where the order of the
 * numbers tells where a continued part ends.
 *
 * @param number the item's number; a Chinese numeral's value ({@code 十二} is 12)
 */
record ItemStart(Item.Kind kind, int number) {

    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十百]+)\\s*、");
    private static final Pattern SUB_HEADING = Pattern.compile("^[(]\\s*([一二三四五六七八九十百]+)\\s*[)]");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.、．](?!\\d)");
    private static final Pattern MARKS = Pattern.compile("^(?:#+|[-*+•])?\\s*(?:\\*\\*)?\\s*");

    /** The start the line makes, or null when it goes on with the text before it. */
    static ItemStart of(String line) {
        String text = MARKS.matcher(CjkText.halfWidth(line.strip())).replaceFirst("");
        Matcher m;
        if ((m = SECTION.matcher(text)).find()) {
            return new ItemStart(Item.Kind.SECTION, hanNumber(m.group(1)));
        }
        if ((m = SUB_HEADING.matcher(text)).find()) {
            return new ItemStart(Item.Kind.SUB_HEADING, hanNumber(m.group(1)));
        }
        if ((m = NUMBERED.matcher(text)).find()) {
            return new ItemStart(Item.Kind.NUMBERED, Integer.parseInt(m.group(1)));
        }
        return null;
    }

    /** {@code 一} 1 … {@code 十} 10, {@code 十二} 12, {@code 二十三} 23, {@code 一百} 100. */
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
}
