package gov.supervision.app.plan.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells the documents that are no plans from those that are, by what they are written as, before their items are
 * read: an appointment notice, an award list, a regulation or rule (articles 第X条), a news item may name units and
 * even carry a parenthesis like a responsibility clause, but it assigns no task. Everything else is read as a plan;
 * whether it has tasks its items' responsibility clauses tell.
 */
final class DocumentNature {

    /** A rule that says a document is no plan: what it looks for and what the report calls it. */
    private record NotAPlan(Pattern title, String what) {
    }

    private static final List<NotAPlan> BY_TITLE = List.of(
            new NotAPlan(Pattern.compile("任免|任命|免去|聘任|职务"), "an appointment notice (任免)"),
            new NotAPlan(Pattern.compile("表彰|嘉奖|表扬|先进集体|先进个人|命名"), "an award list (表彰)"),
            new NotAPlan(Pattern.compile("大事记|政务动态|工作动态|简讯|简报"), "a news item (大事记)"),
            new NotAPlan(Pattern.compile("(?:办法|规定|条例|细则|章程|准则)(?:\\(试行\\))?(?:的通知)?$"),
                    "a regulation or rule (办法/规定/条例)"));
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇]+条");
    private static final Pattern COVERING_NOTICE = Pattern.compile("^关于(?:印发|转发)?");

    private DocumentNature() {
    }

    /** Why the document is no plan, or null when it is read as one. */
    static String notAPlan(DocumentSplitter.Document document) {
        String title = COVERING_NOTICE.matcher(CjkText.halfWidth(CjkText.compact(document.title())))
                .replaceFirst("");
        for (NotAPlan rule : BY_TITLE) {
            if (rule.title().matcher(title).find()) {
                return "its title «%s» makes it %s".formatted(document.title(), rule.what());
            }
        }
        long articles = document.body().stream()
                .filter(line -> ARTICLE.matcher(CjkText.compact(line.text()).replaceFirst("^#+", "")).find())
                .count();
        if (articles >= 2) {
            return "its %d articles (第一条 …) make it a regulation or rule".formatted(articles);
        }
        return null;
    }
}
