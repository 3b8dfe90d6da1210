package gov.supervision.app.plan.parsing.corpus;

import java.util.List;
import java.util.Set;

/**
 * One varied bulletin.
 *
 * @param text            the bulletin text as the parser gets it
 * @param applied         what was done to it, one human-readable entry per step, for a failure report
 * @param nonPlanNumbers  the document numbers of the interleaved non-plan documents: none may give a task
 * @param transformations the transformations that changed something
 */
public record Variant(String text, List<String> applied, Set<String> nonPlanNumbers,
                      Set<Transformation> transformations) {

    public Variant {
        applied = List.copyOf(applied);
        nonPlanNumbers = Set.copyOf(nonPlanNumbers);
        transformations = Set.copyOf(transformations);
    }
}
