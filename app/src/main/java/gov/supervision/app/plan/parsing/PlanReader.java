package gov.supervision.app.plan.parsing;

import gov.supervision.app.unit.UnitDirectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one document into a plan: its items that close with a responsibility clause are its tasks, numbered 1..n;
 * unit names go through the unit directory (an alias becomes the canonical name; a name it does not know is kept
 * as written, with one warning per plan).
 */
final class PlanReader {

    private final UnitDirectory units;
    private final DocumentSplitter.Document document;
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Set<String> newUnits = new HashSet<>();

    private PlanReader(UnitDirectory units, DocumentSplitter.Document document) {
        this.units = units;
        this.document = document;
    }

    /** The plan, and its warnings in line order. */
    record Result(ParsedPlan plan, List<ParseWarning> warnings) {
    }

    static Result read(UnitDirectory units, DocumentSplitter.Document document) {
        return new PlanReader(units, document).read();
    }

    private Result read() {
        ItemReader.Result read = ItemReader.read(document.body());
        List<ParseWarning> itemWarnings = new ArrayList<>(read.warnings());
        List<ParsedTask> tasks = new ArrayList<>();
        for (Item item : read.items()) {
            String halfWidth = CjkText.halfWidth(item.text().text());
            List<ResponsibilityClause> clauses = ResponsibilityClause.findAll(halfWidth);
            for (ResponsibilityClause clause : clauses) {
                if (clause.close() < 0) {
                    throw new BulletinFormatException(item.text().lineAt(clause.open()),
                            "task %s: the responsibility parenthesis opened here is not closed".formatted(item.label()));
                }
            }
            clauses.stream().filter(c -> !c.isResponsibility()).flatMap(c -> c.parts().stream())
                    .forEach(part -> itemWarnings.add(unknownLabel(item, part)));
            List<ResponsibilityClause> responsibilities =
                    clauses.stream().filter(ResponsibilityClause::isResponsibility).toList();
            if (responsibilities.isEmpty()) {
                if (item.expectsClause()) {
                    itemWarnings.add(new ParseWarning(item.text().firstLine(), ("item %s has no responsibility clause "
                            + "(牵头单位/责任单位…); it is left out").formatted(item.label()),
                            "if it is a task, add who answers for it, as (牵头单位：…), and import again"));
                }
                continue;
            }
            tasks.add(task(tasks.size() + 1, item, responsibilities));
        }
        if (tasks.isEmpty()) {
            // a scheme or a notice, not a plan of tasks: its items are not worth a warning each
            warnings.add(new ParseWarning(document.numberLine(),
                    "document %s has no task with a responsibility clause".formatted(document.number()),
                    "if it is a plan, add (牵头单位：…) to each of its items and import again; if not, nothing to do"));
        } else {
            warnings.addAll(itemWarnings);
        }
        warnings.sort(Comparator.comparingInt(ParseWarning::line));
        return new Result(new ParsedPlan(document.number(), document.title(), document.issuedOn(), tasks), warnings);
    }

    private ParsedTask task(int number, Item item, List<ResponsibilityClause> clauses) {
        ItemText text = item.text();
        Responsibilities read = Responsibilities.read(clauses, item.label(), text);
        read.unknownLabels.forEach(part -> warnings.add(unknownLabel(item, part)));
        List<String> leadUnits = resolve(read.leadUnits, text);
        if (leadUnits.isEmpty()) {
            throw new BulletinFormatException(text.lineAt(clauses.get(0).open()),
                    "task %s names no lead unit".formatted(item.label()));
        }
        return new ParsedTask(number, item.label(), item.section(), withoutClauses(text.text(), clauses),
                List.copyOf(read.leadLeaders), leadUnits, resolve(read.cooperatingUnits, text),
                List.of(text.firstLine(), text.lastLine()));
    }

    private ParseWarning unknownLabel(Item item, ResponsibilityClause.Part part) {
        return new ParseWarning(item.text().lineAt(part.offset()), ("item %s: «%s» is not a responsibility label (%s); "
                + "what it names is left out").formatted(item.label(), part.label(),
                String.join("/", ResponsibilityClause.KNOWN_LABELS)),
                "write it as one of the known labels if it names who answers for the task");
    }

    /** Canonical names for the directory's units and aliases; a name it does not know is a new unit, as written. */
    private List<String> resolve(List<Responsibilities.Name> names, ItemText text) {
        Set<String> resolved = new LinkedHashSet<>();
        for (Responsibilities.Name name : names) {
            String written = CjkText.halfWidth(name.name());
            resolved.add(units.find(written).map(UnitDirectory.Entry::name).orElseGet(() -> {
                if (newUnits.add(written)) {
                    warnings.add(new ParseWarning(text.lineAt(name.offset()),
                            "unit «%s» is not in the unit directory; it is imported as a new unit".formatted(written),
                            "add it to the unit directory (units.csv) or, if it is a misprint, correct the name"));
                }
                return written;
            }));
        }
        return List.copyOf(resolved);
    }

    /** The task's text as written, without its responsibility parentheses. */
    private static String withoutClauses(String text, List<ResponsibilityClause> clauses) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (ResponsibilityClause clause : clauses) {
            out.append(text, from, clause.open());
            from = clause.close() + 1;
        }
        out.append(text.substring(from));
        return out.toString().strip();
    }
}
