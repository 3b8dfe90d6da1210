package gov.supervision.app.plan.parsing;

/**
 * What one document of a bulletin was taken to be, and why: the import report a clerk reads.
 *
 * @param kind      a plan (its tasks are imported), not a plan (nothing of it is), or unreadable (its error says why;
 *                  the other documents still import)
 * @param reason    why it was taken to be that, in a sentence
 * @param firstLine its number's line
 * @param lastLine  its last line as printed
 * @param tasks     the tasks found (0 unless a plan)
 * @param error     for an unreadable document, its line and what is wrong there; else null
 */
public record DocumentReading(String number, String title, Kind kind, String reason, int firstLine, int lastLine,
                              int tasks, ParseWarning error) {

    public enum Kind {
        PLAN("plan"), NOT_A_PLAN("not-a-plan"), UNREADABLE("unreadable");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        /** The name in the import report's JSON. */
        public String json() {
            return json;
        }
    }
}
