package gov.supervision.app.plan.parsing;

import java.util.regex.Pattern;

/**
 * What a printed page adds around its text and a copy from the PDF keeps: page numbers ({@code — 9 —}, {@code ·9·},
 * {@code 第9页}, a bare {@code 9}) and running headers ({@code 聊城市人民政府公报 2021年第2期}). They are read as
 * blank lines: a page break, which never ends an item.
 */
final class PageFurniture {

    private static final String DASHES = "[-—–－―~·•・]*";
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^" + DASHES + "(?:第)?\\d{1,3}(?:页)?" + DASHES + "$");
    private static final Pattern ISSUE = Pattern.compile("\\d{4}年第\\d{1,2}期(?:\\(总第\\d+期\\))?");
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "^#*(?:\\p{IsHan}{2,16}公报)?(?:" + ISSUE + ")?" + "(?:" + DASHES + "\\d{1,3}" + DASHES + ")?$");

    private PageFurniture() {
    }

    private static final Pattern NUMBER_AT_END = Pattern.compile("(\\d{1,3})\\D*$");

    /** The page number furniture prints (a footer's: the page it ends), or null when it prints none. */
    static Integer folio(String line) {
        if (!isFurniture(line)) {
            return null;
        }
        String text = ISSUE.matcher(CjkText.compact(CjkText.halfWidth(line))).replaceAll("");
        java.util.regex.Matcher number = NUMBER_AT_END.matcher(text);
        return number.find() ? Integer.valueOf(number.group(1)) : null;
    }

    static boolean isFurniture(String line) {
        String text = CjkText.compact(CjkText.halfWidth(line));
        if (text.isEmpty()) {
            return false;
        }
        if (PAGE_NUMBER.matcher(text).matches()) {
            return true;
        }
        // a header names the gazette, its issue or both; the cover's "## 聊城市人民政府公报" is one too
        return RUNNING_HEADER.matcher(text).matches() && (text.contains("公报") || ISSUE.matcher(text).find());
    }
}
