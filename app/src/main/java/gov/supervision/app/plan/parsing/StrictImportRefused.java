package gov.supervision.app.plan.parsing;

import java.util.List;

/**
 * A strict import ({@code --strict}, {@code strict=true}) of a bulletin the parser has doubts about: every warning,
 * and every document that cannot be read, is fatal, so nothing is imported.
 */
public class StrictImportRefused extends RuntimeException {

    private final List<ParseWarning> doubts;

    public StrictImportRefused(List<ParseWarning> doubts) {
        super("a strict import takes no warnings; the bulletin has %d, the first %s".formatted(doubts.size(),
                doubts.get(0)));
        this.doubts = List.copyOf(doubts);
    }

    /** Each warning and unreadable document's error, by line. */
    public List<ParseWarning> doubts() {
        return doubts;
    }

    /** Refuses the bulletin when strict and it leaves any doubt. */
    public static void check(ParsedBulletin bulletin, boolean strict) {
        if (strict && !bulletin.doubts().isEmpty()) {
            throw new StrictImportRefused(bulletin.doubts());
        }
    }
}
