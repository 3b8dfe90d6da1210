package gov.supervision.app.plan.parsing;

import gov.supervision.app.unit.UnitDirectory;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads every document of a government bulletin's OCR'd text into plans of tasks, exactly: each task with its
 * section, text, lead leaders, lead units and cooperating units as written (units after alias resolution), and a
 * warning, with its line, wherever the text leaves room for doubt. The steps: {@link LineReader} (lines in reading
 * order, continued pages joined), {@link DocumentSplitter} (documents), {@link ItemReader} (items and headings),
 * {@link ResponsibilityClause} and {@link Responsibilities} (who answers for each), {@link PlanReader} (tasks).
 */
public final class BulletinParser {

    private final UnitDirectory units;

    public BulletinParser(UnitDirectory units) {
        this.units = units;
    }

    /**
     * Every document found in the bulletin, in the order printed.
     *
     * @throws BulletinFormatException when the text cannot be read exactly: then nothing of it may be imported
     */
    public ParsedBulletin parse(String bulletinText) {
        List<DocumentSplitter.Document> documents = DocumentSplitter.split(LineReader.read(bulletinText));
        if (documents.isEmpty()) {
            throw new BulletinFormatException(1,
                    "expected a document number such as 聊政发〔2021〕1号 on a line of its own; the text has none");
        }
        List<ParsedPlan> plans = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        for (DocumentSplitter.Document document : documents) {
            PlanReader.Result read = PlanReader.read(units, document);
            plans.add(read.plan());
            warnings.addAll(read.warnings());
        }
        return new ParsedBulletin(plans, warnings);
    }
}
