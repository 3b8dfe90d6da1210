package gov.supervision.app.plan.parsing;

/** A line of the bulletin as read, with its 1-based number in the text (kept when the line is moved). */
record SourceLine(int number, String text) {
}
