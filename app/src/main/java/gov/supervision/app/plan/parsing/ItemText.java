package gov.supervision.app.plan.parsing;

import java.util.ArrayList;
import java.util.List;

/** An item's text joined back from its lines, remembering which line each part came from. */
final class ItemText {

    private final StringBuilder text = new StringBuilder();
    private final List<int[]> parts = new ArrayList<>(); // {offset in text, line number}
    private final int firstLine;
    private int lastLine;

    ItemText(int firstLine) {
        this.firstLine = firstLine;
        this.lastLine = firstLine;
    }

    void append(int line, String piece) {
        if (piece.isEmpty()) {
            return;
        }
        int before = text.length();
        CjkText.join(text, piece);
        parts.add(new int[] {before, line});
        lastLine = line;
    }

    String text() {
        return text.toString();
    }

    boolean isBlank() {
        return text.toString().isBlank();
    }

    int firstLine() {
        return firstLine;
    }

    int lastLine() {
        return lastLine;
    }

    /** The line the character at {@code offset} was read from. */
    int lineAt(int offset) {
        int line = firstLine;
        for (int[] part : parts) {
            if (part[0] > offset) {
                break;
            }
            line = part[1];
        }
        return line;
    }
}
