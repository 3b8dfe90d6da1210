package gov.supervision.app.plan.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note that an article goes on elsewhere: {@code （下转第10页）} where a page runs out, {@code （上接第3页）} where
 * the text goes on. Printed with full- or half-width brackets or none, as {@code 转}/{@code 接} for short, with
 * spaces ({@code 第 9 页}) and full-width digits.
 *
 * @param down   true for 下转 (the text goes on on page {@code page}), false for 上接 (it comes from page {@code page})
 * @param page   the page number it names
 * @param start  where it begins in its line
 * @param end    where it ends in its line
 */
record ContinuationMarker(boolean down, int page, int start, int end) {

    private static final String SPACE = "[\\s\\u00a0\\u3000]*";
    private static final String WORDS = "(下" + SPACE + "转|转|上" + SPACE + "接|接)" + SPACE + "第" + SPACE
            + "([0-9０-９]{1,3})" + SPACE + "页";
    // brackets on both sides or on neither: in 支持。(下转第6页 the parenthesis is the text's, opening its clause
    private static final Pattern MARKER = Pattern.compile("[（(【\\[]" + SPACE + WORDS.replace("(下", "(?<w>下")
            .replace("([0-9", "(?<p>[0-9") + SPACE + "[）)】\\]]|" + WORDS.replace("(下", "(?<w2>下")
            .replace("([0-9", "(?<p2>[0-9"));

    /** The first marker in {@code line} at or after {@code from}, or null. */
    static ContinuationMarker find(String line, int from) {
        Matcher marker = MARKER.matcher(line);
        if (!marker.find(from)) {
            return null;
        }
        boolean bracketed = marker.group("w") != null;
        String words = bracketed ? marker.group("w") : marker.group("w2");
        int page = Integer.parseInt(CjkText.halfWidth(bracketed ? marker.group("p") : marker.group("p2")));
        return new ContinuationMarker(words.endsWith("转"), page, marker.start(), marker.end());
    }

    /** As the bulletin prints it, for warnings. */
    String written() {
        return (down ? "（下转第%d页）" : "（上接第%d页）").formatted(page);
    }
}
