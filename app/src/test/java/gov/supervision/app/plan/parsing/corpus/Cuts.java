package gov.supervision.app.plan.parsing.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where a line of text may be cut in two (a re-wrap, a page break inside a line, a fragment's start) without
 * changing what the parser reads: the first half keeps the line's own start, the second half begins nothing, and
 * the text before the cut does not look finished (a closing parenthesis would end the item there).
 */
final class Cuts {

    private Cuts() {
    }

    static boolean canCut(String text, int at) {
        int token = LineShapes.startTokenEnd(text);
        if (at < token + 2 || at > text.stripTrailing().length() - 2) {
            return false;
        }
        String first = text.substring(0, at);
        String second = text.substring(at);
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (first.isBlank() || second.isBlank() || before == '*' || after == '*' || Character.isLowSurrogate(after)) {
            return false;
        }
        if (LineShapes.startsLikeItem(second) || LineShapes.isDate(first) || LineShapes.isNumberLine(first)
                || LineShapes.isFurniture(first) || LineShapes.hasMarker(first)) {
            return false;
        }
        // a closing parenthesis may close the item: what follows would then be read as outside it
        String end = LineShapes.halfWidth(first).replaceFirst("[\\s\\u3000。.;,、]+$", "");
        return !end.endsWith(")") && !end.endsWith("]") && !end.endsWith("】");
    }

    /** Every position the line may be cut at. */
    static List<Integer> positions(String text) {
        List<Integer> positions = new ArrayList<>();
        for (int at = 1; at < text.length(); at++) {
            if (canCut(text, at)) {
                positions.add(at);
            }
        }
        return positions;
    }

    /** A random cut position, or -1 when the line has none. */
    static int random(String text, Random random) {
        List<Integer> positions = positions(text);
        return positions.isEmpty() ? -1 : positions.get(random.nextInt(positions.size()));
    }

    /** Cuts the text into pieces about {@code width} characters long, at allowed positions only. */
    static List<String> wrap(String text, int width) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > width + 2) {
            int cut = -1;
            for (int d = 0; d <= width / 2 && cut < 0; d++) {
                if (canCut(rest, width - d)) {
                    cut = width - d;
                } else if (width + d < rest.length() && canCut(rest, width + d)) {
                    cut = width + d;
                }
            }
            if (cut < 0) {
                break;
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        pieces.add(rest);
        return pieces;
    }
}
