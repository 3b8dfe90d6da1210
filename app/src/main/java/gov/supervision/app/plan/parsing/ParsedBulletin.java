package gov.supervision.app.plan.parsing;

import java.util.List;
import java.util.Optional;

/**
 * What a bulletin was read to: its plans, in the order printed; what the parser warns about, by line; and every
 * document with what it was taken to be and why (the import report).
 */
public record ParsedBulletin(List<ParsedPlan> plans, List<ParseWarning> warnings, List<DocumentReading> documents) {

    public ParsedBulletin {
        plans = List.copyOf(plans);
        warnings = List.copyOf(warnings);
        documents = List.copyOf(documents);
    }

    /** Plans and warnings without a report of the documents. */
    public ParsedBulletin(List<ParsedPlan> plans, List<ParseWarning> warnings) {
        this(plans, warnings, List.of());
    }

    /** The plan with this document number; OCR variants of the year's brackets ({@code [2021]}) are accepted. */
    public Optional<ParsedPlan> plan(String number) {
        String wanted = DocumentSplitter.normalizedNumber(number);
        return plans.stream().filter(plan -> plan.number().equals(wanted)).findFirst();
    }

    /**
     * Refuses a plan chosen by number whose document could not be read: the choice is that document's error.
     *
     * @throws BulletinFormatException naming the line of the document's error
     */
    public void requireReadable(String number) {
        String wanted = DocumentSplitter.normalizedNumber(number);
        documents.stream().filter(d -> d.number().equals(wanted) && d.error() != null).findFirst().ifPresent(d -> {
            throw new BulletinFormatException(d.error().line(), d.error().message());
        });
    }

    /** Whether some document could not be read (the others were). */
    public boolean hasUnreadableDocuments() {
        return documents.stream().anyMatch(d -> d.kind() == DocumentReading.Kind.UNREADABLE);
    }

    /** Every warning and every unreadable document's error, by line: what a strict import refuses. */
    public List<ParseWarning> doubts() {
        return java.util.stream.Stream.concat(warnings.stream(), documents.stream()
                        .filter(d -> d.error() != null).map(DocumentReading::error))
                .sorted(java.util.Comparator.comparingInt(ParseWarning::line)).toList();
    }

    /** Only the plans chosen, the report kept. */
    public ParsedBulletin choosing(List<ParsedPlan> chosen) {
        return new ParsedBulletin(chosen, warnings, documents);
    }
}
