package gov.supervision.app.plan.parsing;

/**
 * Something the parser could not be sure of, so it says so instead of guessing: an item left out, a missing item
 * number, a unit imported as new.
 *
 * @param line    the 1-based line of the bulletin it is about
 * @param message what was found and what was done with it
 */
public record ParseWarning(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
