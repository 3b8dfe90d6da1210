package gov.supervision.query.ledger;

/** The ledger's short title of a task: its first sentence, cut to a length a table column can show. */
final class ShortTitle {

    static final int MAX_LENGTH = 40;

    private ShortTitle() {
    }

    static String of(String text) {
        String t = text.strip();
        int end = t.length();
        for (char stop : new char[] {'。', '；', ';'}) {
            int i = t.indexOf(stop);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        String sentence = t.substring(0, end);
        return sentence.length() <= MAX_LENGTH ? sentence : sentence.substring(0, MAX_LENGTH) + "…";
    }
}
