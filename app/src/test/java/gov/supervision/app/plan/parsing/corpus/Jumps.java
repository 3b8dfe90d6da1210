package gov.supervision.app.plan.parsing.corpus;

import gov.supervision.app.plan.parsing.corpus.LineShapes.ItemStart;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints fragments out of order, as a bulletin does when an article runs out of its pages: a fragment F that starts
 * inside an item and ends where an item ends is taken out and printed later or earlier, at an item's end or before a
 * document's banner, with （下转…） where it was cut off and （上接…） where it is printed. A placement is refused
 * where the item printed right after F could pass for F's own next item (numbers that follow F's): neither a clerk
 * nor a parser could tell where F ends there.
 */
final class Jumps {

    private final List<DocLine> lines;
    private final Random random;

    private Jumps(List<DocLine> lines, Random random) {
        this.lines = lines;
        this.random = random;
    }

    /** Makes up to {@code count} jumps in place; the first is mistyped when asked. */
    static List<Jump> apply(List<DocLine> lines, Random random, int count, boolean mistypeOne) {
        Jumps jumps = new Jumps(lines, random);
        List<Jump> made = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            Jump.Mistype mistype = mistypeOne && j == 0
                    ? Jump.Mistype.values()[random.nextInt(Jump.Mistype.values().length)] : null;
            for (int attempt = 0; attempt < 300; attempt++) {
                Jump jump = jumps.tryJump(made.size() + 1, mistype);
                if (jump != null) {
                    made.add(jump);
                    break;
                }
            }
        }
        return made;
    }

    private Jump tryJump(int id, Jump.Mistype mistype) {
        int s = random.nextInt(lines.size());
        DocLine line = lines.get(s);
        if (line.kind != DocLine.Kind.TEXT || line.nonPlan || line.touched) {
            return null;
        }
        int itemStart = itemStartOf(s);
        if (itemStart < 0) {
            return null;
        }
        // F starts inside line s, or at its start when s goes on with the item
        int cut = random.nextBoolean() ? Cuts.random(line.text, random) : -1;
        int previous = previousNonBlank(s);
        boolean atLineStart = cut < 0;
        // typesetters keep a heading with its text: a page does not break off right after one
        if (atLineStart && (s == itemStart || previous < itemStart || LineShapes.startsLikeItem(line.text)
                || lines.get(previous).kind != DocLine.Kind.TEXT
                || LineShapes.halfWidth(lines.get(previous).text).strip().endsWith(")"))) {
            return null;
        }
        String aText = itemText(itemStart, atLineStart ? previous : s - 1) + (atLineStart ? "" : line.text.substring(0, cut));
        if (LineShapes.endsClosed(aText) || mistype != null && !LineShapes.endsInsideClause(aText)) {
            return null; // a mistyped jump is found by its text: it must break off inside a responsibility clause
        }
        int end = fragmentEnd(s);
        if (end < 0) {
            return null;
        }
        int[] context = numbersAt(end);
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            int before = previousNonBlank(i);
            boolean inPlace = before >= itemStart && before < end; // printed where it is: not moved at all
            if ((i < itemStart || i > end) && !inPlace && canPrintBefore(i, context, mistype == Jump.Mistype.NO_UP)) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        int place = places.get(random.nextInt(places.size()));
        return move(id, mistype, s, cut, itemStart, end, place);
    }

    /** The item line s belongs to: the nearest item start above it, if nothing but item text lies between. */
    private int itemStartOf(int s) {
        for (int i = s; i >= 0; i--) {
            DocLine line = lines.get(i);
            if (line.touched) {
                return -1;
            }
            if (line.kind == DocLine.Kind.BLANK) {
                continue;
            }
            if (line.kind != DocLine.Kind.TEXT && line.kind != DocLine.Kind.HEADING) {
                return -1;
            }
            if (LineShapes.itemStart(line.text) != null) {
                return i;
            }
            if (line.kind == DocLine.Kind.HEADING) {
                return -1; // a Markdown heading without a number ends items but begins none
            }
        }
        return -1;
    }

    /**
     * Where F ends (exclusive): at the end of the item of line s or of one of the next two, i.e. before an item
     * start, a Markdown heading or a banner; -1 when a date, a document's head or another jump is in the way.
     */
    private int fragmentEnd(int s) {
        List<Integer> ends = new ArrayList<>();
        int items = 0;
        for (int i = s + 1; i <= lines.size() && items < 3 && i - s < 40; i++) {
            DocLine line = i < lines.size() ? lines.get(i) : null;
            if (line == null || line.kind == DocLine.Kind.BANNER) {
                ends.add(i);
                break;
            }
            if (line.touched || line.kind != DocLine.Kind.TEXT && line.kind != DocLine.Kind.HEADING
                    && line.kind != DocLine.Kind.BLANK) {
                break;
            }
            if ((line.kind == DocLine.Kind.HEADING || LineShapes.itemStart(line.text) != null)
                    && !afterBareHeading(i)) {
                ends.add(i);
                items++;
                if (LineShapes.itemStart(line.text) == null) {
                    break; // past a heading that begins no item, F would take the text of another section
                }
            }
        }
        if (ends.isEmpty()) {
            return -1;
        }
        int end = ends.get(random.nextInt(ends.size()));
        while (end - 1 > s && lines.get(end - 1).kind == DocLine.Kind.BLANK) {
            end--;
        }
        return end;
    }

    /**
     * Whether the last line with text before line i is a heading with no paragraph of its own: F does not end there,
     * for a typesetter keeps a heading with its text (and a part ending with a heading is ambiguous: the heading
     * may as well be read as the one above the items printed after the part).
     */
    private boolean afterBareHeading(int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).kind == DocLine.Kind.BLANK) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        LineShapes.ItemStart start = LineShapes.itemStart(lines.get(j).text);
        return lines.get(j).kind == DocLine.Kind.HEADING || start != null && start.kind() != LineShapes.StartKind.NUMBERED
                && !lines.get(j).text.contains("。");
    }

    /**
     * The numbers in force at the end of F, from its document's start: last section, sub-heading, numbered item
     * (in the document and in the section).
     */
    private int[] numbersAt(int end) {
        int start = end - 1;
        while (start > 0 && lines.get(start).kind != DocLine.Kind.NUMBER) {
            start--;
        }
        int section = 0;
        int subHeading = 0;
        int numbered = 0;
        int numberedInSection = 0;
        for (int i = start; i < end; i++) {
            ItemStart item = LineShapes.itemStart(lines.get(i).text);
            if (item == null || lines.get(i).fragmentOf != 0
                    || lines.get(i).kind != DocLine.Kind.TEXT && lines.get(i).kind != DocLine.Kind.HEADING) {
                continue;
            }
            switch (item.kind()) {
                case SECTION -> {
                    section = item.number();
                    subHeading = 0;
                    numberedInSection = 0;
                }
                case SUB_HEADING -> subHeading = item.number();
                case NUMBERED -> {
                    numbered = item.number();
                    numberedInSection = item.number();
                }
            }
        }
        return new int[] {section, subHeading, numbered, numberedInSection};
    }

    /**
     * Whether F may be printed before line i: before a banner or at the end of the text, or after an item that is
     * closed and before an item start whose number does not seem to follow F's own.
     */
    private boolean canPrintBefore(int i, int[] context, boolean afterItemOnly) {
        int previous = previousNonBlank(i);
        if (previous < 0 || lines.get(previous).kind == DocLine.Kind.COVER && i < lines.size()
                && lines.get(i).kind != DocLine.Kind.BANNER || lines.get(previous).touched) {
            return false;
        }
        if (i == lines.size()) {
            return !afterItemOnly;
        }
        DocLine next = lines.get(i);
        if (next.kind == DocLine.Kind.BLANK || next.touched) {
            return false;
        }
        if (next.kind == DocLine.Kind.BANNER) {
            return !afterItemOnly;
        }
        ItemStart item = LineShapes.itemStart(next.text);
        if (item == null || next.kind != DocLine.Kind.TEXT && next.kind != DocLine.Kind.HEADING
                || seemsToFollow(item, context)) {
            return false;
        }
        int itemStart = itemStartOf(previous);
        return itemStart >= 0 && LineShapes.endsClosed(itemText(itemStart, previous));
    }

    private static boolean seemsToFollow(ItemStart item, int[] context) {
        int n = item.number();
        return switch (item.kind()) {
            case SECTION -> n == 1 || n == context[0] + 1;
            case SUB_HEADING -> n == 1 || n == context[1] + 1;
            case NUMBERED -> n == 1 || n == context[2] + 1 || n == context[3] + 1;
        };
    }

    /** Takes F (from line s, cut at {@code cut} or whole) up to {@code end} out and prints it before {@code place}. */
    private Jump move(int id, Jump.Mistype mistype, int s, int cut, int itemStart, int end, int place) {
        boolean later = place > end;
        Jump jump = new Jump(id, later, mistype, random);
        List<DocLine> fragment = new ArrayList<>();
        DocLine first = lines.get(s);
        DocLine aEnd;
        if (cut >= 0) {
            aEnd = first.withText(first.text.substring(0, cut));
            fragment.add(first.withText(first.text.substring(cut)));
        } else {
            aEnd = lines.get(previousNonBlank(s));
            fragment.add(first);
        }
        fragment.addAll(lines.subList(s + 1, end));
        for (int i = itemStart; i < s; i++) {
            lines.get(i).touched = true;
        }
        aEnd.touched = true;
        fragment.forEach(line -> {
            line.touched = true;
            line.fragmentOf = id;
        });
        aEnd.after = new DocLine.Marker(jump, true, random.nextBoolean());
        fragment.get(0).before = new DocLine.Marker(jump, false, random.nextBoolean());
        fragment.get(fragment.size() - 1).pageEndsAfter = !later;
        jump.fragment = "lines %d-%d".formatted(first.origin, fragment.get(fragment.size() - 1).origin)
                + (cut >= 0 ? " (from character %d of line %d)".formatted(cut, first.origin) : "");
        jump.placement = describePlace(place);

        List<DocLine> result = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            if (i == place) {
                result.add(blank(first));
                result.addAll(fragment);
                result.add(blank(first));
            }
            if (i == lines.size()) {
                break;
            }
            if (i == s && cut >= 0) {
                result.add(aEnd);
            } else if (i < s || i >= end) {
                result.add(lines.get(i));
            }
        }
        lines.clear();
        lines.addAll(result);
        return jump;
    }

    private String describePlace(int place) {
        if (place == lines.size()) {
            return "to the end of the text";
        }
        DocLine next = lines.get(place);
        String where = next.origin > 0 ? "line " + next.origin : "a line of an inserted document";
        return next.kind == DocLine.Kind.BANNER ? "before the banner at " + where : "before item at " + where;
    }

    private static DocLine blank(DocLine like) {
        DocLine blank = new DocLine("", DocLine.Kind.BLANK, like.origin, like.nonPlan);
        blank.touched = true;
        return blank;
    }

    private String itemText(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to && i < lines.size(); i++) {
            text.append(LineShapes.content(lines.get(i).text));
        }
        return text.toString();
    }

    private int previousNonBlank(int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }
}
