package gov.supervision.app.plan.parsing;

/** A line of the bulletin as read, with its 1-based number in the text (kept when the line is moved). */
record SourceLine(int number, String text) {

    /** The text of a line of page furniture: blank to every reader, a page break to those who ask. */
    static final String PAGE_BREAK = "\f";

    boolean isPageBreak() {
        return PAGE_BREAK.equals(text);
    }
}
