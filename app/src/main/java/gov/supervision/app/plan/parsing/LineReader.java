package gov.supervision.app.plan.parsing;

import gov.supervision.command.task.api.TextRules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bulletin's lines in reading order. A page that runs out mid-item ends with {@code （下转第10页）} and the
 * item goes on after {@code （上接第3页）}, possibly pages later with other articles in between: the continued
 * part is moved back to where it was cut off and the markers are removed, so that every later step sees the item
 * whole. Line numbers stay those of the text as written.
 */
final class LineReader {

    private static final Pattern MARKER =
            Pattern.compile("[（(]\\s*(下转|转|上接|接)\\s*第\\s*(\\d+)\\s*页\\s*[）)]");

    /** A piece of a line: a line is cut where a continuation marker stands. */
    private record Piece(SourceLine line, Integer continuedOnPage, Integer continuedFromPage) {

        boolean continuesElsewhere() {
            return continuedOnPage != null;
        }

        boolean continuesFromElsewhere() {
            return continuedFromPage != null;
        }
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final Map<Integer, Integer> continuationOf = new HashMap<>();
    private final List<SourceLine> ordered = new ArrayList<>();
    private boolean[] emitted;

    private LineReader() {
    }

    static List<SourceLine> read(String bulletin) {
        LineReader reader = new LineReader();
        List<String> lines = bulletin.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            // text the record could not hold fails the whole bulletin here, naming its line, not later in a projection
            String problem = TextRules.problem(lines.get(i));
            if (problem != null) {
                throw new BulletinFormatException(i + 1, problem);
            }
            reader.cut(new SourceLine(i + 1, lines.get(i)));
        }
        reader.pairMarkers();
        reader.emitted = new boolean[reader.pieces.size()];
        for (int i = 0; i < reader.pieces.size(); i++) {
            reader.emit(i);
        }
        return reader.ordered;
    }

    /** Cuts a line at its markers: a piece ends with （下转…）, another begins with （上接…）. */
    private void cut(SourceLine line) {
        Matcher marker = MARKER.matcher(line.text());
        int from = 0;
        Integer continuedFrom = null;
        while (marker.find()) {
            String before = line.text().substring(from, marker.start());
            int page = Integer.parseInt(marker.group(2));
            if (marker.group(1).endsWith("转")) {
                pieces.add(new Piece(new SourceLine(line.number(), before), page, continuedFrom));
                continuedFrom = null;
            } else {
                if (!before.isBlank() || continuedFrom != null) {
                    pieces.add(new Piece(new SourceLine(line.number(), before), null, continuedFrom));
                }
                continuedFrom = page;
            }
            from = marker.end();
        }
        String rest = line.text().substring(from);
        if (from == 0 || !rest.isBlank() || continuedFrom != null) {
            pieces.add(new Piece(new SourceLine(line.number(), rest), null, continuedFrom));
        }
    }

    /** Pairs each （下转…） with the first unpaired （上接…） after it: the halves of a cut item come in print order. */
    private void pairMarkers() {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.continuesFromElsewhere()) {
                if (open.isEmpty()) {
                    int page = piece.continuedFromPage();
                    throw new BulletinFormatException(piece.line().number(),
                            "（上接第%d页） has no matching （下转第%d页）".formatted(page, page));
                }
                continuationOf.put(open.removeFirst(), i);
            }
            if (piece.continuesElsewhere()) {
                open.addLast(i);
            }
        }
        if (!open.isEmpty()) {
            Piece piece = pieces.get(open.getFirst());
            int page = piece.continuedOnPage();
            throw new BulletinFormatException(piece.line().number(),
                    "（下转第%d页） has no matching （上接第%d页）".formatted(page, page));
        }
    }

    private void emit(int i) {
        if (emitted[i]) {
            return;
        }
        emitted[i] = true;
        ordered.add(pieces.get(i).line());
        Integer continuation = continuationOf.get(i);
        if (continuation != null) {
            int end = continuationEnd(continuation);
            for (int j = continuation; j < end; j++) {
                emit(j);
            }
        }
    }

    /**
     * Where a continued part ends: where the next document (its number and the banner above it) begins, where the
     * next continued part begins, or after a piece that is itself continued elsewhere.
     */
    private int continuationEnd(int start) {
        for (int j = start + 1; j < pieces.size(); j++) {
            Piece piece = pieces.get(j);
            if (piece.continuesFromElsewhere()) {
                return j;
            }
            if (DocumentSplitter.isNumberLine(piece.line().text())) {
                int banner = DocumentSplitter.bannerAbove(pieces.stream().map(Piece::line).toList(), j);
                return Math.max(banner, start + 1);
            }
            if (pieces.get(j - 1).continuesElsewhere()) {
                return j;
            }
        }
        return pieces.size();
    }
}
