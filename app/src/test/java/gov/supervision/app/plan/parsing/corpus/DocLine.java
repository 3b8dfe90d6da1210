package gov.supervision.app.plan.parsing.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the bulletin being varied, with what it is to the parser and where it came from, so that each step
 * knows which lines it may touch and the report can name lines of the original.
 */
final class DocLine {

    enum Kind {
        /** Before the first document: only page furniture may be added here. */
        COVER,
        BLANK,
        /** The line above a document number ({@code # 聊城市人民政府文件}). */
        BANNER,
        NUMBER,
        TITLE,
        DATE,
        /** A heading: {@code #…}, {@code 一、…} or {@code （一）…}; its first line names the section. */
        HEADING,
        /** Any other line of a document: items, paragraphs, signatures. */
        TEXT
    }

    String text;
    final Kind kind;
    /** The 1-based line of the original, 0 for a line of an inserted document. */
    final int origin;
    final boolean nonPlan;
    /** A continuation marker printed before the text ({@code （上接第p页）}), or null. */
    Marker before;
    /** A continuation marker printed after the text ({@code （下转第q页）}), or null. */
    Marker after;
    /** Part of a jump (its fragment, or the item it was cut from): later jumps leave it alone. */
    boolean touched;
    /** The jump whose fragment this line is printed in (0 for none): not the numbering of where it stands. */
    int fragmentOf;
    /** The last line of a fragment printed earlier than the text it continues: its page ends after it. */
    boolean pageEndsAfter;

    DocLine(String text, Kind kind, int origin, boolean nonPlan) {
        this.text = text;
        this.kind = kind;
        this.origin = origin;
        this.nonPlan = nonPlan;
    }

    /** A line of the same kind and origin with other text: the halves of a cut. */
    DocLine withText(String other) {
        DocLine line = new DocLine(other, kind, origin, nonPlan);
        line.touched = touched;
        return line;
    }

    boolean isBlank() {
        return text.isBlank() && before == null && after == null;
    }

    /** A continuation marker: its jump knows the page numbers and the printed form. */
    record Marker(Jump jump, boolean down, boolean ownLine) {
    }

    /**
     * Reads a bulletin's lines into kinds as the parser's DocumentSplitter would: a document starts at its number
     * line, the banner is the line above it, the title the line below.
     */
    static List<DocLine> classify(List<String> texts, int firstOrigin, boolean nonPlan, boolean hasCover) {
        List<DocLine> lines = new ArrayList<>();
        int firstNumber = -1;
        boolean[] banner = new boolean[texts.size()];
        boolean[] title = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            if (!LineShapes.isNumberLine(texts.get(i))) {
                continue;
            }
            firstNumber = firstNumber < 0 ? i : firstNumber;
            int above = i - 1;
            while (above >= 0 && texts.get(above).isBlank()) {
                above--;
            }
            if (above >= 0 && LineShapes.isBanner(texts.get(above))) {
                banner[above] = true;
            }
            int below = i + 1;
            while (below < texts.size() && texts.get(below).isBlank()) {
                below++;
            }
            if (below < texts.size() && LineShapes.itemStart(texts.get(below)) == null) {
                title[below] = true;
            }
        }
        int coverEnd = firstNumber;
        for (int i = 0; i < firstNumber; i++) {
            if (banner[i]) {
                coverEnd = i;
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            DocLine.Kind kind;
            if (hasCover && i < coverEnd) {
                kind = Kind.COVER;
            } else if (text.isBlank()) {
                kind = Kind.BLANK;
            } else if (banner[i]) {
                kind = Kind.BANNER;
            } else if (LineShapes.isNumberLine(text)) {
                kind = Kind.NUMBER;
            } else if (title[i]) {
                kind = Kind.TITLE;
            } else if (LineShapes.isDate(text)) {
                kind = Kind.DATE;
            } else if (text.strip().startsWith("#") || isHeadingStart(text)) {
                kind = Kind.HEADING;
            } else {
                kind = Kind.TEXT;
            }
            lines.add(new DocLine(text, kind, firstOrigin == 0 ? 0 : firstOrigin + i, nonPlan));
        }
        return lines;
    }

    private static boolean isHeadingStart(String text) {
        LineShapes.ItemStart start = LineShapes.itemStart(text);
        return start != null && start.kind() != LineShapes.StartKind.NUMBERED;
    }

    @Override
    public String toString() {
        return kind + "@" + origin + ": " + text;
    }
}
