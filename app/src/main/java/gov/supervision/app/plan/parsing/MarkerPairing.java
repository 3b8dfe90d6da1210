package gov.supervision.app.plan.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, for each （下转第q页）, the （上接第p页） part that continues it, as a clerk would: first where the page
 * numbers agree (a part printed later names an earlier page, one printed earlier a later page) and the text fits,
 * then by the text alone (a part that breaks off mid-sentence goes on with a part that does not begin an item and
 * whose item numbers follow its own), and otherwise drops the marker. Every pairing the numbers do not confirm, and
 * every dropped marker, is a warning naming both lines.
 */
final class MarkerPairing {

    /** Pieces {@code [start, end)}: the continued part, read right after the piece it continues. */
    record Run(int start, int end) {

        boolean contains(int i) {
            return i >= start && i < end;
        }
    }

    /** What precedes a break: the numbers of the last section, sub-heading and numbered item above it. */
    private record Context(int section, int subHeading, int numbered, boolean afterHeading, int itemStart,
                           boolean known, int sectionFloor) {

        /** Whether a section heading numbered so follows: the next section, or, not known, one after the floor. */
        boolean sectionFollows(int number) {
            return section < 0 ? number > sectionFloor : number == section + 1;
        }

        /** Above a part continued from elsewhere: its numbers are those of what it continues, not yet known. */
        static final Context UNKNOWN = new Context(0, 0, 0, true, -1, false, 0);
    }

    private record Candidate(int down, int up, Run run, int score, int frequency, int distance) {

        Candidate(int down, int up, Run run, int score, int distance) {
            this(down, up, run, score, 0, distance);
        }
    }

    /** The likeliest pairing first: by the evidence, then by how well the two characters go together, then nearest. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::score).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::frequency).reversed())
            .thenComparingInt(Candidate::distance);
    private static final String SENTENCE_ENDS = "。！？!?；;)）";
    private static final String CHECK_JOIN = "check the joined item against the printed pages; correct the page "
            + "number of the marker if it is misprinted";
    private static final String CHECK_PAGES = "look in the printed bulletin for where the text goes on, and add the "
            + "missing part or marker";

    private final List<LineReader.Piece> pieces;
    private final List<SourceLine> lines;
    private final Map<Integer, Run> continuationOf = new HashMap<>();
    private final Set<Integer> moved = new HashSet<>();
    private final List<ParseWarning> warnings = new ArrayList<>();

    // the page each piece is printed on: the pages are counted by their furniture, numbered by the page numbers
    // printed at their foot
    private final int[] pageIndex;
    private final java.util.TreeMap<Integer, Integer> folios = new java.util.TreeMap<>(); // page index -> number
    private final Map<String, Integer> bigrams = new HashMap<>();

    private MarkerPairing(List<LineReader.Piece> pieces) {
        this.pieces = pieces;
        this.lines = pieces.stream().map(LineReader.Piece::line).toList();
        pageIndex = new int[pieces.size()];
        itemStarts = new ItemStart[pieces.size()];
        numberLines = new boolean[pieces.size()];
        contexts = new Context[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            itemStarts[i] = ItemStart.of(pieces.get(i).text());
            numberLines[i] = DocumentSplitter.isNumberLine(pieces.get(i).text());
        }
        int page = 0;
        boolean inBreak = false;
        for (int i = 0; i < pieces.size(); i++) {
            LineReader.Piece piece = pieces.get(i);
            if (piece.line().isPageBreak()) {
                if (!inBreak) {
                    page++;
                    inBreak = true;
                }
                if (piece.folio() != null) {
                    folios.put(page - 1, piece.folio()); // a footer: the number of the page it ends
                }
            } else if (!piece.isBlank()) {
                inBreak = false;
            }
            pageIndex[i] = page;
        }
    }

    /** Whether the piece may be on this page, as counted from the nearest page numbers before and after it. */
    private boolean onPage(int piece, int page) {
        int index = pageIndex[piece];
        Map.Entry<Integer, Integer> before = folios.floorEntry(index);
        Map.Entry<Integer, Integer> after = folios.ceilingEntry(index);
        return before != null && before.getValue() + index - before.getKey() == page
                || after != null && after.getValue() - (after.getKey() - index) == page;
    }

    private boolean pagesKnown(int piece) {
        return !folios.isEmpty();
    }

    /** How often the characters either side of a join stand together elsewhere in the bulletin (监 + 督 often). */
    private int joinFrequency(int down, int up) {
        String before = lastText(down);
        String after = firstText(up);
        if (before.isEmpty() || after.isEmpty()) {
            return 0;
        }
        if (bigrams.isEmpty()) {
            for (LineReader.Piece piece : pieces) {
                String text = CjkText.compact(CjkText.halfWidth(piece.text()));
                for (int c = 0; c + 1 < text.length(); c++) {
                    bigrams.merge(text.substring(c, c + 2), 1, Integer::sum);
                }
            }
        }
        return bigrams.getOrDefault(before.substring(before.length() - 1) + after.charAt(0), 0);
    }

    private String lastText(int piece) {
        for (int j = piece; j >= 0; j--) {
            String text = CjkText.compact(CjkText.halfWidth(pieces.get(j).text()));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private String firstText(int piece) {
        for (int j = piece; j < pieces.size(); j++) {
            String text = CjkText.compact(CjkText.halfWidth(pieces.get(j).text()));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    static MarkerPairing pair(List<LineReader.Piece> pieces) {
        MarkerPairing pairing = new MarkerPairing(pieces);
        pairing.pairAll();
        return pairing;
    }

    boolean isMoved(int piece) {
        return moved.contains(piece);
    }

    /** The part that continues the piece, or null. */
    Run continuationOf(int piece) {
        return continuationOf.get(piece);
    }

    List<ParseWarning> warnings() {
        return warnings;
    }

    private void pairAll() {
        List<Integer> downs = new ArrayList<>();
        List<Integer> ups = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).down() != null) {
                downs.add(i);
            }
            if (pieces.get(i).up() != null) {
                ups.add(i);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int d : downs) {
            for (int u : ups) {
                Candidate candidate = candidate(d, u);
                if (candidate != null) {
                    candidates.add(candidate);
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Set<Integer> pairedDowns = new HashSet<>();
        Set<Integer> pairedUps = new HashSet<>();
        java.util.TreeMap<Integer, Integer> pagesAt = new java.util.TreeMap<>(); // piece -> page, from pairs taken
        for (Candidate c : candidates) {
            if (pairedDowns.contains(c.down()) || pairedUps.contains(c.up()) || overlapsMoved(c.run())) {
                continue;
            }
            boolean agree = numbersAgree(c.down(), c.up());
            // each pair says what page both its pieces are on; pages only grow through the text
            if (agree && !(growing(pagesAt, c.down(), pieces.get(c.up()).up().page())
                    && growing(pagesAt, c.up(), marker(c.down()).page()))) {
                continue;
            }
            if (agree) {
                pagesAt.put(c.down(), pieces.get(c.up()).up().page());
                pagesAt.put(c.up(), marker(c.down()).page());
            }
            pairedDowns.add(c.down());
            pairedUps.add(c.up());
            join(c.down(), c.run());
            if (!numbersAgree(c.down(), c.up())) {
                warnings.add(new ParseWarning(line(c.down()), ("%s (line %d) and %s (line %d) do not name each "
                        + "other's pages; they are joined because the text goes on there").formatted(
                        marker(c.down()).written(), line(c.down()), pieces.get(c.up()).up().written(), line(c.up())),
                        CHECK_JOIN));
            }
        }
        for (int u : ups) {
            if (!pairedUps.contains(u)) {
                pairByText(u);
            }
        }
        for (int d : downs) {
            if (!pairedDowns.contains(d)) {
                continueInPlaceOrByText(d);
            }
        }
    }

    /** Whether a piece on this page keeps the pages known so far growing through the text. */
    private static boolean growing(java.util.TreeMap<Integer, Integer> pagesAt, int piece, int page) {
        Map.Entry<Integer, Integer> before = pagesAt.floorEntry(piece);
        Map.Entry<Integer, Integer> after = pagesAt.ceilingEntry(piece);
        return (before == null || before.getValue() <= page) && (after == null || after.getValue() >= page);
    }

    private Candidate candidate(int d, int u) {
        if (d == u) {
            return null;
        }
        // a part printed before the break is not what the break follows: the numbers above it are read past it
        Context context = u < d ? contextOf(d, u, headingsAfter(u)) : contextOf(d);
        Run run = runFrom(u, context);
        if (run.contains(d)) {
            return null; // a part cannot continue itself
        }
        boolean textGoesOn = closesParenthesis(context, d, run) || numbersFollow(context, run);
        int score = (numbersAgree(d, u) ? 4 : 0) + (endsMidSentence(d) ? 2 : 0) + (isLoose(u) ? 2 : 0)
                + holeCloses(u, run)
                + (onPage(d, pieces.get(u).up().page()) ? 3 : 0) + (onPage(u, marker(d).page()) ? 3 : 0)
                + (closesParenthesis(context, d, run) ? 2 : 0) + (numbersFollow(context, run) ? 2 : 0);
        if (score < 4 && !textGoesOn) {
            return null; // neither the numbers nor the text say these two belong together
        }
        int distance = u > d ? u - d : 2 * (d - u); // a part printed later is the usual case
        return new Candidate(d, u, run, score, joinFrequency(d, u), distance);
    }

    /** An unpaired （上接…）: the text it continues is where some part breaks off with nothing after it. */
    private void pairByText(int u) {
        ContinuationMarker up = pieces.get(u).up();
        boolean loose = isLoose(u);
        Candidate best = null;
        for (int e = 0; e < pieces.size(); e++) {
            // a part that begins mid-sentence goes on where a sentence breaks off; one that begins an item, after
            // the item before it in number, where the next item printed is not the next in number
            if (e == u || pieces.get(e).isBlank() || continuationOf.containsKey(e) || moved.contains(e)
                    || !isProse(e) || (loose ? !endsMidSentence(e) || !breaksOff(e) : !isFollowedOutOfOrder(e))) {
                continue;
            }
            Context context = contextOf(e);
            Run run = runFrom(u, context);
            if (run.contains(e) || overlapsMoved(run) || !loose && !numbersFollow(context, run)) {
                continue;
            }
            int score = (closesParenthesis(context, e, run) ? 2 : 0) + (numbersFollow(context, run) ? 2 : 0);
            int distance = e < u ? u - e : 2 * (e - u);
            Candidate candidate = new Candidate(e, u, run, score, joinFrequency(e, u), distance);
            if (best == null || BEST_FIRST.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        if (best == null) {
            warnings.add(new ParseWarning(line(u), ("%s (line %d) has no （下转…） to pair with, and no text breaks off "
                    + "where it could go on; the marker is left out").formatted(up.written(), line(u)), CHECK_PAGES));
            return;
        }
        join(best.down(), best.run());
        warnings.add(new ParseWarning(line(u), ("%s (line %d) has no （下转…）; it is joined to line %d, where the "
                + "text breaks off").formatted(up.written(), line(u), line(best.down())), CHECK_JOIN));
    }

    /** An unpaired （下转…）: the text goes on right after it, or with a part that follows nothing it could continue. */
    private void continueInPlaceOrByText(int d) {
        ContinuationMarker down = marker(d);
        int next = nextNonBlank(d);
        if (next >= 0 && isLoose(next) && !moved.contains(next)) {
            warnings.add(new ParseWarning(line(d), ("%s (line %d) has no （上接…）; the text goes on at line %d, as "
                    + "printed").formatted(down.written(), line(d), line(next)), CHECK_JOIN));
            return;
        }
        Context context = contextOf(d);
        Candidate best = null;
        for (int s = 0; s < pieces.size(); s++) {
            if (s == d || pieces.get(s).isBlank() || pieces.get(s).up() != null || moved.contains(s)
                    || !(isLoose(s) ? isOrphan(s) : isOutOfOrder(s))) {
                continue;
            }
            Run run = runFrom(s, context);
            if (run.contains(d) || overlapsMoved(run) || !isLoose(s) && !numbersFollow(context, run)) {
                continue;
            }
            int score = (closesParenthesis(context, d, run) ? 2 : 0) + (numbersFollow(context, run) ? 2 : 0);
            int distance = s > d ? s - d : 2 * (d - s);
            Candidate candidate = new Candidate(d, s, run, score, joinFrequency(d, s), distance);
            if (best == null || BEST_FIRST.compare(candidate, best) < 0) {
                best = candidate;
            }
        }
        if (best == null) {
            warnings.add(new ParseWarning(line(d), ("%s (line %d) has no （上接…） and no part continues the text; "
                    + "the marker is left out").formatted(down.written(), line(d)), CHECK_PAGES));
            return;
        }
        join(d, best.run());
        warnings.add(new ParseWarning(line(d), ("%s (line %d) has no （上接…）; the text goes on with line %d, which "
                + "continues nothing where it is printed").formatted(down.written(), line(d), line(best.up())),
                CHECK_JOIN));
    }

    private void join(int down, Run run) {
        continuationOf.put(down, run);
        for (int i = run.start(); i < run.end(); i++) {
            moved.add(i);
        }
    }

    private boolean overlapsMoved(Run run) {
        for (int i = run.start(); i < run.end(); i++) {
            if (moved.contains(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a continued part ends: at the next （上接…） part, after a piece continued elsewhere, where a document
     * (its banner and number) begins, or at an item whose number does not follow those before the break.
     */
    private Run runFrom(int start, Context context) {
        if (!context.known()) {
            return runFrom(start);
        }
        int section = context.section();
        int subHeading = context.subHeading();
        int numbered = context.numbered();
        boolean afterHeading = context.afterHeading();
        for (int j = start; j < pieces.size(); j++) {
            if (j > start) {
                if (pieces.get(j).up() != null || pieces.get(j - 1).down() != null) {
                    return new Run(start, j);
                }
                if (isNumberLine(j)) {
                    return new Run(start, Math.max(DocumentSplitter.bannerAbove(lines, j), start + 1));
                }
            }
            ItemStart item = itemStart(j);
            if (item == null) {
                continue;
            }
            boolean follows = switch (item.kind()) {
                case NUMBERED -> item.number() == numbered + 1 || item.number() == 1 && afterHeading;
                case SUB_HEADING -> item.number() == Math.max(subHeading, 0) + 1; // not known: only a first
                case SECTION -> section < 0 ? item.number() > context.sectionFloor() : item.number() == section + 1;
            };
            if (!follows && j > start) {
                return new Run(start, j);
            }
            switch (item.kind()) {
                case NUMBERED -> {
                    numbered = item.number();
                    afterHeading = false;
                }
                case SUB_HEADING -> {
                    subHeading = item.number();
                    afterHeading = true;
                }
                case SECTION -> {
                    section = item.number();
                    subHeading = 0;
                    afterHeading = true;
                }
            }
        }
        return new Run(start, pieces.size());
    }

    /** A continued part whose numbers are not known: it ends where a marker or a document ends it. */
    private Run runFrom(int start) {
        for (int j = start + 1; j < pieces.size(); j++) {
            if (pieces.get(j).up() != null || pieces.get(j - 1).down() != null) {
                return new Run(start, j);
            }
            if (isNumberLine(j)) {
                return new Run(start, Math.max(DocumentSplitter.bannerAbove(lines, j), start + 1));
            }
        }
        return new Run(start, pieces.size());
    }

    /**
     * The numbers above the piece, back to its document's number line, a part continued from elsewhere, or where the
     * numbers printed above stop counting down to it (a part moved there from further on); -1 where not known.
     */
    private Context contextOf(int piece) {
        if (contexts[piece] == null) {
            contexts[piece] = contextOf(piece, -1, -1);
        }
        return contexts[piece];
    }

    // what each piece is, worked out once: the pairing asks many times
    private final ItemStart[] itemStarts;
    private final boolean[] numberLines;
    private final Context[] contexts;

    private ItemStart itemStart(int piece) {
        return itemStarts[piece];
    }

    private boolean isNumberLine(int piece) {
        return numberLines[piece];
    }

    /**
     * Where a continued part printed before its break ends, as far as the numbers above the break are concerned: at
     * the first item after its text, or past a heading there that is its own (the heading is the text's where the
     * item after it does not follow the item before the part as the document numbers: from 1 after a sub-heading,
     * straight on after a section).
     */
    private int headingsAfter(int start) {
        Run run = runFrom(start);
        int heading = -1;
        for (int j = start; j < run.end(); j++) {
            ItemStart item = itemStart(j);
            if (item == null || j == start) {
                continue;
            }
            if (item.kind() != Item.Kind.NUMBERED) {
                heading = heading < 0 ? j : heading;
                continue;
            }
            if (heading < 0) {
                return j;
            }
            int before = start == 0 ? 0 : contextOf(start - 1).numbered();
            boolean hostsHeading = item.number() == 1 || itemStart(heading).kind()
                    == Item.Kind.SECTION && item.number() == before + 1;
            return hostsHeading ? heading : j;
        }
        return heading < 0 ? run.end() : heading;
    }

    /** The numbers above the piece, the pieces {@code [skipFrom, skipTo)} left out. */
    private Context contextOf(int piece, int skipFrom, int skipTo) {
        int section = -1;
        int subHeading = -1;
        int numbered = -1;
        int itemStart = -1;
        int lastNumbered = -1;
        int lastSubHeading = -1;
        boolean crossedHeading = false;
        Boolean afterHeading = null;
        for (int j = piece; j >= 0 && !isNumberLine(j); j--) {
            if (j < skipTo && j >= skipFrom) {
                j = skipFrom;
                continue;
            }
            ItemStart item = itemStart(j);
            if (item == null) {
                if (pieces.get(j).up() != null && itemStart < 0) {
                    return Context.UNKNOWN;
                }
                continue;
            }
            if (itemStart < 0) {
                itemStart = j;
            }
            if (afterHeading == null) {
                afterHeading = item.kind() != Item.Kind.NUMBERED;
            }
            if (item.kind() == Item.Kind.NUMBERED) {
                // a later item above: a part printed here from further on (a smaller one: items printed elsewhere)
                if (lastNumbered >= 0 && !crossedHeading && item.number() >= lastNumbered) {
                    return new Context(section, subHeading, Math.max(numbered, 0), afterHeading, itemStart, true,
                            sectionAbove(j) - 1); // not the item before: a part printed here out of order, whose
                    // section (the one above it, or its own) the part continued at the break may go on to
                }
                numbered = numbered < 0 ? item.number() : numbered;
                lastNumbered = item.number();
                crossedHeading = false;
            } else if (item.kind() == Item.Kind.SUB_HEADING) {
                if (lastSubHeading >= 0 && item.number() != lastSubHeading - 1) {
                    break;
                }
                subHeading = subHeading < 0 ? item.number() : subHeading;
                lastSubHeading = item.number();
                crossedHeading = true;
            } else {
                section = section < 0 ? item.number() : section;
                subHeading = Math.max(subHeading, 0);
                if (numbered >= 0) {
                    break; // the section bounds what follows it
                }
                crossedHeading = true; // items may be numbered straight through the sections
            }
        }
        return new Context(section, subHeading, Math.max(numbered, 0), afterHeading == null || afterHeading,
                itemStart, true, 0);
    }

    /** The number of the last section heading printed at or above the piece in its document, or 0. */
    private int sectionAbove(int piece) {
        for (int j = piece; j >= 0 && !isNumberLine(j); j--) {
            ItemStart item = itemStart(j);
            if (item != null && item.kind() == Item.Kind.SECTION) {
                return item.number();
            }
        }
        return 0;
    }

    /**
     * Whether, the part taken out, the text where it was printed closes up: the item printed after it follows the
     * numbers before it (2), does not (-2), or nothing tells (0).
     */
    private int holeCloses(int start, Run run) {
        if (start == 0) {
            return 0;
        }
        Context before = contextOf(start - 1);
        int next = run.end();
        while (next < pieces.size() && pieces.get(next).isBlank()) {
            next++;
        }
        if (!before.known() || next >= pieces.size()) {
            return 0;
        }
        ItemStart item = itemStart(next);
        if (item == null) {
            return 0;
        }
        boolean follows = switch (item.kind()) {
            case NUMBERED -> item.number() == before.numbered() + 1 || item.number() == 1;
            case SUB_HEADING -> before.subHeading() < 0 || item.number() == before.subHeading() + 1
                    || item.number() == 1;
            case SECTION -> before.sectionFollows(item.number());
        };
        return follows ? 2 : -2;
    }

    /** Whether the parenthesis open at the break (a responsibility clause cut in two) is closed by the part. */
    private boolean closesParenthesis(Context context, int down, Run run) {
        int from = context.itemStart() < 0 ? down : context.itemStart();
        int depth = 0;
        for (int j = from; j <= down; j++) {
            depth += depth(pieces.get(j).text());
        }
        if (depth <= 0) {
            return false;
        }
        for (int j = run.start(); j < run.end(); j++) {
            depth += depth(pieces.get(j).text());
            if (depth <= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the part holds the item that follows the last one above the break. */
    private boolean numbersFollow(Context context, Run run) {
        if (!context.known()) {
            return false;
        }
        Boolean headingFollows = null;
        for (int j = run.start(); j <= run.end() && j < pieces.size(); j++) {
            ItemStart item = itemStart(j);
            if (item == null) {
                continue;
            }
            if (j == run.end()) {
                // the part ends with a heading and the item after it is not in it: the heading is not its
                return headingFollows != null && item.kind() != Item.Kind.NUMBERED && headingFollows;
            }
            if (item.kind() == Item.Kind.NUMBERED) {
                return item.number() == context.numbered() + 1 || headingFollows != null && headingFollows
                        && item.number() == 1;
            }
            if (headingFollows == null) {
                headingFollows = item.kind() == Item.Kind.SUB_HEADING ? item.number() == context.subHeading() + 1
                        : context.section() >= 0 && item.number() == context.section() + 1;
            }
        }
        return headingFollows != null && headingFollows;
    }

    private static int depth(String text) {
        int depth = 0;
        for (char c : CjkText.halfWidth(text).toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth;
    }

    /** A part printed later names an earlier page than the one it continues from names, and the reverse. */
    private boolean numbersAgree(int d, int u) {
        int onPage = marker(d).page();
        int fromPage = pieces.get(u).up().page();
        if (pagesKnown(d) && pagesKnown(u)) {
            return onPage(d, fromPage) && onPage(u, onPage); // the page numbers printed say where each is
        }
        return u > d ? onPage > fromPage : onPage < fromPage;
    }

    /** Whether the text at the piece (or, a marker on a line of its own, above it) stops mid-sentence. */
    private boolean endsMidSentence(int piece) {
        int j = piece;
        while (j >= 0 && pieces.get(j).isBlank()) {
            if (j < piece && (pieces.get(j).down() != null || pieces.get(j).up() != null)) {
                return false;
            }
            j--;
        }
        if (j < 0 || !isProse(j)) {
            return false;
        }
        String text = pieces.get(j).text().strip();
        if (text.isEmpty()) {
            return false;
        }
        return SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) < 0 || openParentheses(j) > 0;
    }

    /** The parentheses open at the end of the piece, counted from the start of its item. */
    private int openParentheses(int piece) {
        int start = contextOf(piece).itemStart();
        int depth = 0;
        for (int k = start < 0 ? piece : start; k <= piece; k++) {
            depth += depth(pieces.get(k).text());
        }
        return depth;
    }

    /** Text an item can be made of: not a heading, a document's banner, number or title, nor a date. */
    private boolean isProse(int piece) {
        String text = pieces.get(piece).text().strip();
        if (text.startsWith("#") || DocumentSplitter.isNumberLine(text) || DocumentSplitter.date(text) != null) {
            return false;
        }
        int before = piece - 1;
        while (before >= 0 && pieces.get(before).isBlank()) {
            before--;
        }
        if (before >= 0 && isNumberLine(before)) {
            return false; // a title
        }
        int after = nextNonBlank(piece);
        if (after >= 0 && DocumentSplitter.date(pieces.get(after).text()) != null) {
            return false; // a signature
        }
        return after < 0 || !isNumberLine(after)
                || DocumentSplitter.bannerAbove(lines, after) != piece;
    }

    /** Whether nothing goes on after the piece: the next text begins an item, a document, or there is none. */
    private boolean breaksOff(int piece) {
        int next = nextNonBlank(piece);
        return next < 0 || !isLoose(next) || pieces.get(next).up() != null;
    }

    /** Whether the next text printed after the piece begins an item that does not follow it in number. */
    private boolean isFollowedOutOfOrder(int piece) {
        int next = nextNonBlank(piece);
        return next < 0 || isNumberLine(next) || !isProse(next)
                || isOutOfOrder(next);
    }

    /** Whether the piece begins an item whose number does not follow the numbers above it where it is printed. */
    private boolean isOutOfOrder(int piece) {
        ItemStart item = itemStart(piece);
        if (item == null || piece == 0) {
            return false;
        }
        Context context = contextOf(piece - 1);
        return context.known() && !switch (item.kind()) {
            case NUMBERED -> item.number() == context.numbered() + 1 || item.number() == 1 && context.afterHeading();
            case SUB_HEADING -> context.subHeading() < 0 || item.number() == context.subHeading() + 1
                    || item.number() == 1;
            case SECTION -> context.sectionFollows(item.number());
        };
    }

    /** Whether the piece follows text it cannot continue: an item whose responsibility parenthesis has closed. */
    private boolean isOrphan(int piece) {
        int j = piece - 1;
        while (j >= 0 && pieces.get(j).isBlank()) {
            j--;
        }
        if (j < 0 || ResponsibilityClause.starts(CjkText.halfWidth(pieces.get(piece).text().strip()))) {
            return false;
        }
        // the item above, from its start (its clause may have been wrapped over lines)
        int start = contextOf(j).itemStart();
        StringBuilder item = new StringBuilder();
        for (int k = start < 0 ? j : start; k <= j; k++) {
            item.append(pieces.get(k).text().strip());
        }
        return ResponsibilityClause.endsText(CjkText.halfWidth(item.toString()));
    }

    /** Whether the text at the piece (or, a marker on a line of its own, after it) goes on with what came before. */
    private boolean isLoose(int piece) {
        int j = piece;
        while (j < pieces.size() && pieces.get(j).isBlank()) {
            if (j > piece && (pieces.get(j).up() != null || pieces.get(j).down() != null)) {
                return false;
            }
            j++;
        }
        if (j >= pieces.size()) {
            return false;
        }
        String text = pieces.get(j).text().strip();
        int after = nextNonBlank(j);
        boolean banner = after >= 0 && isNumberLine(after)
                && DocumentSplitter.bannerAbove(lines, after) == j;
        return !ItemReader.beginsItem(text) && !text.startsWith("#") && !DocumentSplitter.isNumberLine(text)
                && !banner;
    }

    private int nextNonBlank(int piece) {
        for (int j = piece + 1; j < pieces.size(); j++) {
            if (!pieces.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private ContinuationMarker marker(int piece) {
        return pieces.get(piece).down();
    }

    private int line(int piece) {
        return pieces.get(piece).line().number();
    }
}
