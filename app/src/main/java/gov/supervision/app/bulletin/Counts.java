package gov.supervision.app.bulletin;

/** Checks the bulletin's records share: a count is never negative, a rate is a fraction. */
final class Counts {

    private Counts() {
    }

    static void notNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": must not be negative, was " + value);
        }
    }

    static void notNegative(String name, Integer value) {
        if (value != null) {
            notNegative(name, value.intValue());
        }
    }

    static void fraction(String name, Double rate) {
        if (rate != null && !(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + ": must be between 0 and 1, was " + rate);
        }
    }
}
