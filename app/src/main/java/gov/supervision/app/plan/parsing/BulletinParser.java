package gov.supervision.app.plan.parsing;

import gov.supervision.app.unit.UnitDirectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads every document of a government bulletin's OCR'd text into plans of tasks, exactly: each task with its
 * section, text, lead leaders, lead units and cooperating units as written (units after alias resolution), and a
 * warning, with its line, wherever the text leaves room for doubt. The steps: {@link LineReader} (lines in reading
 * order, page furniture dropped, continued pages joined), {@link DocumentSplitter} (documents),
 * {@link DocumentNature} (plans told from the documents that are none), {@link ItemReader} (items and headings),
 * {@link ResponsibilityClause} and {@link Responsibilities} (who answers for each), {@link PlanReader} (tasks).
 * Documents are read independently: one that cannot be read is reported with its line, and the others import.
 */
public final class BulletinParser {

    private final UnitDirectory units;

    public BulletinParser(UnitDirectory units) {
        this.units = units;
    }

    /**
     * Every document found in the bulletin, in the order printed; the plans among them.
     *
     * @throws BulletinFormatException when the text holds no document, or no document of it can be read: then
     *                                 nothing of it may be imported (the first unreadable document's error)
     */
    public ParsedBulletin parse(String bulletinText) {
        LineReader.Result read = LineReader.read(bulletinText);
        List<DocumentSplitter.Document> documents = DocumentSplitter.split(read.lines());
        if (documents.isEmpty()) {
            throw new BulletinFormatException(1,
                    "expected a document number such as 聊政发〔2021〕1号 on a line of its own; the text has none");
        }
        List<ParsedPlan> plans = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>(read.warnings());
        List<DocumentReading> readings = new ArrayList<>();
        for (DocumentSplitter.Document document : documents) {
            readings.add(read(document, read.problems(), plans, warnings));
        }
        outsideDocuments(read.problems(), documents).forEach(line -> warnings.add(new ParseWarning(line,
                "%s; the line is left out".formatted(read.problems().get(line)), "remove the character")));
        if (readings.stream().allMatch(r -> r.kind() == DocumentReading.Kind.UNREADABLE)) {
            ParseWarning error = readings.get(0).error();
            throw new BulletinFormatException(error.line(), error.message());
        }
        warnings.sort(Comparator.comparingInt(ParseWarning::line));
        return new ParsedBulletin(plans, warnings, readings);
    }

    private DocumentReading read(DocumentSplitter.Document document, Map<Integer, String> problems,
                                 List<ParsedPlan> plans, List<ParseWarning> warnings) {
        Integer problemLine = document.lines().stream().map(SourceLine::number).filter(problems::containsKey)
                .findFirst().orElse(null);
        if (problemLine != null) {
            return unreadable(document, new BulletinFormatException(problemLine, problems.get(problemLine)));
        }
        String notAPlan = DocumentNature.notAPlan(document);
        if (notAPlan != null) {
            return new DocumentReading(document.number(), document.title(), DocumentReading.Kind.NOT_A_PLAN,
                    notAPlan, document.numberLine(), document.lastLine(), 0, null);
        }
        try {
            PlanReader.Result plan = PlanReader.read(units, document);
            plans.add(plan.plan());
            warnings.addAll(plan.warnings());
            int tasks = plan.plan().tasks().size();
            String reason = tasks > 0
                    ? "%d numbered items or headings carry a responsibility clause".formatted(tasks)
                    : "no item carries a responsibility clause (牵头单位/责任单位…), so it has no task to dispatch";
            return new DocumentReading(document.number(), document.title(), DocumentReading.Kind.PLAN, reason,
                    document.numberLine(), document.lastLine(), tasks, null);
        } catch (BulletinFormatException e) {
            return unreadable(document, e);
        }
    }

    private static DocumentReading unreadable(DocumentSplitter.Document document, BulletinFormatException e) {
        String message = e.getMessage().substring(("line " + e.line() + ": ").length());
        return new DocumentReading(document.number(), document.title(), DocumentReading.Kind.UNREADABLE,
                "line %d: %s".formatted(e.line(), message), document.numberLine(), document.lastLine(), 0,
                new ParseWarning(e.line(), message, "correct the line and import again; the other documents "
                        + "are not held up by it"));
    }

    private static List<Integer> outsideDocuments(Map<Integer, String> problems,
                                                  List<DocumentSplitter.Document> documents) {
        return problems.keySet().stream().sorted().filter(line -> documents.stream()
                .noneMatch(d -> d.lines().stream().anyMatch(l -> l.number() == line))).toList();
    }
}
