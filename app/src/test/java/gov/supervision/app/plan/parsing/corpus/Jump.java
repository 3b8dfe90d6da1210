package gov.supervision.app.plan.parsing.corpus;

import java.util.Random;

/**
 * One fragment printed out of order: the text A it continues ends with （下转第q页）, the fragment F begins with
 * （上接第p页）. The page numbers are known only once the bulletin is paginated; the printed forms are chosen at once.
 */
final class Jump {

    /** How the markers of one jump are mistyped. */
    enum Mistype {
        WRONG_DOWN_PAGE("the （下转…） names a wrong page"),
        WRONG_UP_PAGE("the （上接…） names a wrong page"),
        NO_DOWN("the （下转…） is missing"),
        NO_UP("the （上接…） is missing");

        final String description;

        Mistype(String description) {
            this.description = description;
        }
    }

    final int id;
    final boolean later;
    final Mistype mistype;
    private final Form downForm;
    private final Form upForm;
    /** The page A ends on (printed in 上接) and the page F is printed on (printed in 下转), once paginated. */
    int pageOfA;
    int pageOfF;
    int printedInDown;
    int printedInUp;
    /** The variant's 1-based lines the markers are printed on (0 when missing). */
    int downLine;
    int upLine;
    /** For the report: where F came from and where it went. */
    String fragment = "";
    String placement = "";

    Jump(int id, boolean later, Mistype mistype, Random random) {
        this.id = id;
        this.later = later;
        this.mistype = mistype;
        this.downForm = Form.random(random);
        this.upForm = Form.random(random);
    }

    /** The marker as printed, or "" when the mistyping leaves it out. */
    String render(boolean down) {
        if (down && mistype == Mistype.NO_DOWN || !down && mistype == Mistype.NO_UP) {
            return "";
        }
        return down ? downForm.render("下转", "转", printedInDown) : upForm.render("上接", "接", printedInUp);
    }

    /** Chooses the printed page numbers, one of them wrong if so mistyped, from the pages the parts are on. */
    void number(Random random) {
        printedInDown = pageOfF;
        printedInUp = pageOfA;
        // a wrong number that also disagrees: a part printed later must name an earlier page, and the reverse
        if (mistype == Mistype.WRONG_DOWN_PAGE) {
            printedInDown = later ? 1 + random.nextInt(pageOfA) : pageOfA + random.nextInt(5);
        } else if (mistype == Mistype.WRONG_UP_PAGE) {
            printedInUp = later ? pageOfF + random.nextInt(5) : 1 + random.nextInt(Math.max(1, pageOfF));
        }
    }

    String describe() {
        String down = render(true);
        String up = render(false);
        return "moved %s %s (printed %s) with markers %s at variant line %d / %s at variant line %d%s".formatted(
                fragment, placement, later ? "later" : "earlier", down.isEmpty() ? "(none)" : down, downLine,
                up.isEmpty() ? "(none)" : up, upLine, mistype == null ? "" : "; mistyped: " + mistype.description
                        + " (A is on page %d, F on page %d)".formatted(pageOfA, pageOfF));
    }

    /** A marker's printed form: brackets, words, spaces and digit width as OCR'd bulletins show them. */
    private record Form(String open, String close, boolean shortWord, boolean spaced, boolean fullWidthDigits) {

        static Form random(Random random) {
            int brackets = random.nextInt(3);
            return new Form(new String[] {"（", "(", ""}[brackets], new String[] {"）", ")", ""}[brackets],
                    random.nextInt(4) == 0, random.nextInt(3) == 0, random.nextInt(4) == 0);
        }

        String render(String word, String shortWord, int page) {
            String number = String.valueOf(page);
            if (fullWidthDigits) {
                StringBuilder full = new StringBuilder();
                number.chars().forEach(c -> full.append((char) (c - '0' + '０')));
                number = full.toString();
            }
            return open + (this.shortWord ? shortWord : word) + (spaced ? "第 " + number + " 页" : "第" + number + "页")
                    + close;
        }
    }
}
