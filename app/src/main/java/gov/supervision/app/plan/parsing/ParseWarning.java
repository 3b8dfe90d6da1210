package gov.supervision.app.plan.parsing;

import java.util.Objects;

/**
 * Something the parser could not be sure of, so it says so instead of guessing: an item left out, a missing item
 * number, a unit imported as new, a continuation marker that did not pair.
 *
 * @param line    the 1-based line of the bulletin it is about
 * @param message what was found and what was done with it
 * @param fix     what the clerk can do about it, or null; advice, so not part of what makes two warnings the same
 */
public record ParseWarning(int line, String message, String fix) {

    public ParseWarning(int line, String message) {
        this(line, message, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParseWarning that && line == that.line && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, message);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
