package gov.supervision.app.plan.parsing;

/**
 * A part of a plan that may be a task: a numbered item ({@code 9.}), or a heading ({@code （一）…}, {@code 一、…})
 * whose paragraph may close with a responsibility clause.
 */
final class Item {

    enum Kind { SECTION, SUB_HEADING, NUMBERED }

    private final Kind kind;
    private final String label;
    private final int number;
    private String section;
    private final Item subHeading;
    private final ItemText text;
    private boolean hasNumberedItems;
    private boolean labelledBySubHeading = true;

    /** A heading's item, labelled {@code (一)} or {@code 一}. */
    static Item heading(Kind kind, String label, String section, int firstLine) {
        return new Item(kind, label, 0, section, null, firstLine);
    }

    /** A numbered item, under the sub-heading whose numbered items it belongs to (or null). */
    static Item numbered(int number, String section, Item subHeading, int firstLine) {
        return new Item(Kind.NUMBERED, null, number, section, subHeading, firstLine);
    }

    private Item(Kind kind, String label, int number, String section, Item subHeading, int firstLine) {
        this.kind = kind;
        this.label = label;
        this.number = number;
        this.section = section;
        this.subHeading = subHeading;
        this.text = new ItemText(firstLine);
        if (subHeading != null) {
            subHeading.hasNumberedItems = true;
        }
    }

    /**
     * As written, parentheses half-width: {@code 9}, {@code (二)}, {@code 三}; a numbered item under a sub-heading
     * is {@code (四)1} where each sub-heading numbers its items from 1 (else its number alone names it).
     */
    String label() {
        if (kind != Kind.NUMBERED) {
            return label;
        }
        return (labelledBySubHeading && subHeading != null ? subHeading.label() : "") + number;
    }

    Kind kind() {
        return kind;
    }

    int number() {
        return number;
    }

    boolean hasNumberedItems() {
        return hasNumberedItems;
    }

    /** The document numbers its items straight through: the number alone names an item. */
    void labelByNumberAlone() {
        labelledBySubHeading = false;
    }

    String section() {
        return section;
    }

    /** A heading whose title went on on the next line: its section as the whole title names it. */
    void retitle(String wholeSection) {
        section = wholeSection;
    }

    ItemText text() {
        return text;
    }

    /** Whether the text so far ends with a closed responsibility parenthesis: a following paragraph is not its. */
    boolean isClosed() {
        return ResponsibilityClause.endsText(CjkText.halfWidth(text.text()));
    }

    /**
     * Whether an item without a responsibility clause is worth a warning: a numbered item always, a sub-heading
     * when it has a paragraph and no numbered items of its own; a section heading's paragraph is an introduction.
     */
    boolean expectsClause() {
        return switch (kind) {
            case NUMBERED -> true;
            case SUB_HEADING -> !hasNumberedItems && !text.isBlank();
            case SECTION -> false;
        };
    }
}
