package gov.supervision.app.plan.parsing;

/** The OCR'd text mixes full- and half-width punctuation and splits words across lines; these undo that. */
final class CjkText {

    private CjkText() {
    }

    /**
     * Full-width punctuation and digits to half-width, one character for one, so that an index found in the result
     * is also an index into the text as written.
     */
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

    /** The text without any whitespace: OCR puts spaces inside names and headings ({@code 五、 聚焦聚力}). */
    static String compact(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
            if (space && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString(); // most lines have no space: no copy
    }

    /**
     * Joins a line to the text before it, as a page break or line wrap split them: no space between Chinese
     * characters, a space only between two Latin letters or digits ({@code 700} / {@code 名} stay joined).
     */
    static void join(StringBuilder text, String line) {
        if (!text.isEmpty() && !line.isEmpty() && isLatin(text.charAt(text.length() - 1)) && isLatin(line.charAt(0))) {
            text.append(' ');
        }
        text.append(line);
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
