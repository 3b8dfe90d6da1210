package gov.supervision.app.plan.parsing;

import java.util.List;
import java.util.Optional;

/** Every document found in a bulletin, in the order printed, and what the parser warns about, by line. */
public record ParsedBulletin(List<ParsedPlan> plans, List<ParseWarning> warnings) {

    public ParsedBulletin {
        plans = List.copyOf(plans);
        warnings = List.copyOf(warnings);
    }

    /** The plan with this document number; OCR variants of the year's brackets ({@code [2021]}) are accepted. */
    public Optional<ParsedPlan> plan(String number) {
        String wanted = DocumentSplitter.normalizedNumber(number);
        return plans.stream().filter(plan -> plan.number().equals(wanted)).findFirst();
    }
}
