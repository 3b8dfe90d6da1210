package gov.supervision.app.plan.parsing;

import gov.supervision.command.task.api.TextRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bulletin's lines in reading order, as a careful clerk would. Page furniture becomes a blank line (a
 * page break). A page that runs out mid-item ends with {@code （下转第10页）} and the item goes on after
 * {@code （上接第3页）}, later or earlier in the text with other articles in between: the continued part is moved to
 * where it was cut off and the markers are removed, so that every later step sees the item whole (see
 * {@link MarkerPairing} for how the halves are found). Nothing here fails the bulletin: what cannot be read is a
 * warning, or a problem of the document whose line it is. Line numbers stay those of the text as written.
 */
final class LineReader {

    /**
     * The bulletin in reading order.
     *
     * @param lines    every line, furniture and unreadable lines blank
     * @param warnings what was done about markers that did not pair cleanly
     * @param problems lines the record could not hold (a NUL, a control character), by line number
     */
    record Result(List<SourceLine> lines, List<ParseWarning> warnings, Map<Integer, String> problems) {
    }

    /** A piece of a line: a line is cut where a continuation marker stands. */
    record Piece(SourceLine line, ContinuationMarker down, ContinuationMarker up, Integer folio) {

        Piece(SourceLine line, ContinuationMarker down, ContinuationMarker up) {
            this(line, down, up, null);
        }

        String text() {
            return line.text();
        }

        boolean isBlank() {
            return line.text().isBlank();
        }
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final Map<Integer, String> problems = new HashMap<>();

    private LineReader() {
    }

    static Result read(String bulletin) {
        LineReader reader = new LineReader();
        List<String> lines = bulletin.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            // text the record could not hold is its document's problem, named by line, not later a projection's
            String problem = TextRules.problem(text);
            if (problem != null) {
                reader.problems.put(i + 1, problem);
                text = "";
            } else if (PageFurniture.isFurniture(text)) {
                reader.pieces.add(new Piece(new SourceLine(i + 1, SourceLine.PAGE_BREAK), null, null,
                        PageFurniture.folio(text)));
                continue;
            }
            reader.cut(new SourceLine(i + 1, text.replace('\u3000', ' ').replace('\u00a0', ' ')));
        }
        MarkerPairing pairing = MarkerPairing.pair(reader.pieces);
        return new Result(reader.inReadingOrder(pairing),
                pairing.warnings().stream().sorted(Comparator.comparingInt(ParseWarning::line)).toList(),
                reader.problems);
    }

    /** Cuts a line at its markers: a piece ends with （下转…）, another begins with （上接…）. */
    private void cut(SourceLine line) {
        String text = line.text();
        int from = 0;
        ContinuationMarker up = null;
        ContinuationMarker marker;
        boolean cut = false;
        while ((marker = ContinuationMarker.find(text, from)) != null) {
            cut = true;
            String before = text.substring(from, marker.start());
            if (marker.down()) {
                pieces.add(new Piece(new SourceLine(line.number(), before), marker, up));
                up = null;
            } else {
                if (!before.isBlank() || up != null) {
                    pieces.add(new Piece(new SourceLine(line.number(), before), null, up));
                }
                up = marker;
            }
            from = marker.end();
        }
        String rest = text.substring(from);
        if (!cut || !rest.isBlank() || up != null) {
            pieces.add(new Piece(new SourceLine(line.number(), rest), null, up));
        }
    }

    /** Every piece once: a moved part is skipped where it is printed and read after the piece it continues. */
    private List<SourceLine> inReadingOrder(MarkerPairing pairing) {
        List<SourceLine> ordered = new ArrayList<>();
        boolean[] emitted = new boolean[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            if (!pairing.isMoved(i)) {
                emit(i, pairing, emitted, ordered);
            }
        }
        return ordered;
    }

    private void emit(int i, MarkerPairing pairing, boolean[] emitted, List<SourceLine> ordered) {
        if (emitted[i]) {
            return;
        }
        emitted[i] = true;
        ordered.add(pieces.get(i).line());
        MarkerPairing.Run run = pairing.continuationOf(i);
        if (run != null) {
            for (int j = run.start(); j < run.end(); j++) {
                emit(j, pairing, emitted, ordered);
            }
        }
    }
}
