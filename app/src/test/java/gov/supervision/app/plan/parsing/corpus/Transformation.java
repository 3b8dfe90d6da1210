package gov.supervision.app.plan.parsing.corpus;

/**
 * What {@link BulletinVariants} may do to a bulletin. Each keeps the bulletin's meaning: a clerk reading the variant
 * would write down the same plans. Each can be switched off on its own ({@code -Dcorpus.transformations=...}) so that
 * the parser can be made tolerant of them one at a time.
 */
public enum Transformation {
    /** Pages cut at random places, with page numbers, running headers and blank lines between them. */
    PAGE_BREAKS,
    /** Fragments printed out of order, with （下转第q页） / （上接第p页） markers. */
    JUMPS,
    /** One jump's markers mistyped: a wrong page number, or one of the two markers missing. */
    MISTYPED_MARKERS,
    /** Full- and half-width （）：；， and digits swapped character by character. */
    WIDTH_SWAPS,
    /** Paragraph lines re-wrapped at another width. */
    REWRAP,
    /** Spaces (ASCII or U+3000) between Chinese characters. */
    STRAY_SPACES,
    /** Markdown heading marks, bold marks and list bullets removed. */
    MARKDOWN_REMOVED,
    /** Document titles printed over two or three lines. */
    TITLE_SPLIT,
    /** Documents that are no plans (appointments, awards, rules, news) interleaved. */
    NON_PLANS
}
