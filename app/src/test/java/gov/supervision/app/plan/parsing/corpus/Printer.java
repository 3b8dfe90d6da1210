package gov.supervision.app.plan.parsing.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Prints the varied lines as a bulletin's text: the continuation markers placed, the text cut into pages (when
 * asked) with page furniture between them, and only then the markers' page numbers filled in, since they name the
 * pages the parts ended up on. Without page breaks the page numbers are invented, one page per 40 lines.
 */
final class Printer {

    private static final String[] PAGE_NUMBER_FORMS = {"— %d —", "- %d -", "·%d·", "第%d页", "%d"};
    private static final String[] HEADERS = {"聊城市人民政府公报", "聊城市人民政府公报 2021年第2期", "2021年第2期"};
    private static final int FIRST_PAGE = 2;

    /** A line as printed, with the page it is on; a marker's text is filled in last. */
    private static final class Out {
        final String text;
        final DocLine.Kind kind;
        final boolean cuttable;
        final DocLine.Marker up;
        final DocLine.Marker down;
        boolean breakBefore;
        boolean breakAfter;
        int page;

        Out(String text, DocLine.Kind kind, boolean cuttable, DocLine.Marker up, DocLine.Marker down) {
            this.text = text;
            this.kind = kind;
            this.cuttable = cuttable;
            this.up = up;
            this.down = down;
        }

        String render() {
            return (up == null ? "" : up.jump().render(false)) + text + (down == null ? "" : down.jump().render(true));
        }
    }

    record Printed(String text, String pages) {
    }

    private final Random random;
    private int pageCount = 1;
    private int cutsInsideLines;

    private Printer(Random random) {
        this.random = random;
    }

    static Printed print(List<DocLine> lines, List<Jump> jumps, boolean pageBreaks, Random random) {
        return new Printer(random).printAll(lines, jumps, pageBreaks);
    }

    private Printed printAll(List<DocLine> lines, List<Jump> jumps, boolean pageBreaks) {
        List<Out> outs = outs(lines);
        List<Out> printed = pageBreaks ? paginate(outs) : outs;
        if (!pageBreaks) {
            for (int k = 0; k < printed.size(); k++) {
                printed.get(k).page = FIRST_PAGE + k / 40;
            }
        }
        for (Jump jump : jumps) {
            number(jump, printed, pageBreaks);
        }
        StringBuilder text = new StringBuilder();
        int lineNumber = 0;
        for (Out out : printed) {
            String rendered = out.render();
            if (out.text.isEmpty() && rendered.isEmpty() && (out.up != null || out.down != null)) {
                continue; // a marker line of its own whose marker is missing
            }
            lineNumber++;
            if (out.up != null) {
                out.up.jump().upLine = out.up.jump().render(false).isEmpty() ? 0 : lineNumber;
            }
            if (out.down != null) {
                out.down.jump().downLine = out.down.jump().render(true).isEmpty() ? 0 : lineNumber;
            }
            text.append(rendered).append('\n');
        }
        String pages = pageBreaks ? "%d pages numbered %d-%d, %d of the breaks inside a line".formatted(pageCount,
                FIRST_PAGE, FIRST_PAGE + pageCount - 1, cutsInsideLines) : "";
        return new Printed(text.toString(), pages);
    }

    /** Each line, with a marker of its own on a line of its own; the page must end after （下转…）, F begin a page. */
    private static List<Out> outs(List<DocLine> lines) {
        List<Out> outs = new ArrayList<>();
        for (DocLine line : lines) {
            DocLine.Marker up = line.before;
            DocLine.Marker down = line.after;
            if (up != null && up.ownLine()) {
                Out marker = new Out("", DocLine.Kind.TEXT, false, up, null);
                marker.breakBefore = true;
                outs.add(marker);
            }
            boolean inlineUp = up != null && !up.ownLine();
            boolean inlineDown = down != null && !down.ownLine();
            Out out = new Out(line.text, line.kind, line.kind == DocLine.Kind.TEXT && up == null && down == null,
                    inlineUp ? up : null, inlineDown ? down : null);
            out.breakBefore = inlineUp;
            out.breakAfter = inlineDown || line.pageEndsAfter && (down == null);
            outs.add(out);
            if (down != null && down.ownLine()) {
                Out marker = new Out("", DocLine.Kind.TEXT, false, null, down);
                marker.breakAfter = true;
                outs.add(marker);
            }
            if (line.pageEndsAfter && down != null) {
                outs.get(outs.size() - 1).breakAfter = true;
            }
        }
        return outs;
    }

    /**
     * Pages of 15-60 lines, cut between lines or inside one, never in a document's head (banner, number, title):
     * furniture there would stand where the parser looks for the banner or the title.
     */
    private List<Out> paginate(List<Out> outs) {
        List<Out> printed = new ArrayList<>();
        int page = FIRST_PAGE;
        int onPage = 0;
        int target = 15 + random.nextInt(46);
        for (int k = 0; k < outs.size(); k++) {
            Out out = outs.get(k);
            boolean allowed = breakAllowedBefore(outs, k);
            boolean forced = out.breakBefore || k > 0 && outs.get(k - 1).breakAfter;
            if (allowed && (forced || onPage >= target) && !printed.isEmpty()) {
                if (!forced && out.cuttable && random.nextInt(5) < 2) {
                    int cut = Cuts.random(out.text, random);
                    if (cut > 0) {
                        Out first = new Out(out.text.substring(0, cut), out.kind, false, null, null);
                        first.page = page;
                        printed.add(first);
                        cutsInsideLines++;
                        page = newPage(printed, page);
                        out = new Out(out.text.substring(cut), out.kind, false, null, null);
                    } else {
                        page = newPage(printed, page);
                    }
                } else {
                    page = newPage(printed, page);
                }
                onPage = 0;
                target = 15 + random.nextInt(46);
            }
            out.page = page;
            printed.add(out);
            onPage++;
        }
        return printed;
    }

    private static boolean breakAllowedBefore(List<Out> outs, int k) {
        for (int j = k; j < outs.size(); j++) {
            Out next = outs.get(j);
            if (!next.text.isBlank() || next.up != null || next.down != null) {
                return next.kind != DocLine.Kind.NUMBER && next.kind != DocLine.Kind.TITLE;
            }
        }
        return true;
    }

    /** Furniture between two pages: blank lines, the ending page's number, the next page's running header. */
    private int newPage(List<Out> printed, int page) {
        List<String> furniture = new ArrayList<>();
        blanks(furniture);
        if (random.nextInt(10) < 7) {
            furniture.add(PAGE_NUMBER_FORMS[random.nextInt(PAGE_NUMBER_FORMS.length)].formatted(page));
            blanks(furniture);
        }
        if (random.nextBoolean()) {
            furniture.add(HEADERS[random.nextInt(HEADERS.length)]);
            blanks(furniture);
        }
        if (furniture.isEmpty()) {
            furniture.add("");
        }
        for (String line : furniture) {
            Out out = new Out(line, DocLine.Kind.BLANK, false, null, null);
            out.page = page;
            printed.add(out);
        }
        pageCount++;
        return page + 1;
    }

    private void blanks(List<String> furniture) {
        for (int n = random.nextInt(3); n > 0; n--) {
            furniture.add("");
        }
    }

    /** The pages the two parts are on; invented ones must still say which part is printed later. */
    private void number(Jump jump, List<Out> printed, boolean pageBreaks) {
        for (Out out : printed) {
            if (out.down != null && out.down.jump() == jump) {
                jump.pageOfA = out.page;
            }
            if (out.up != null && out.up.jump() == jump) {
                jump.pageOfF = out.page;
            }
        }
        if (!pageBreaks) {
            if (jump.later && jump.pageOfF <= jump.pageOfA) {
                jump.pageOfF = jump.pageOfA + 1;
            } else if (!jump.later && jump.pageOfF >= jump.pageOfA) {
                jump.pageOfF = Math.max(1, jump.pageOfA - 1);
                if (jump.pageOfF == jump.pageOfA) {
                    jump.pageOfA++;
                }
            }
        }
        jump.number(random);
    }
}
