package gov.supervision.app.plan.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a bulletin into its documents. Each document begins with its number on a line of its own
 * ({@code 聊政发〔2021〕1号}; OCR may print the year's brackets as {@code [ ]}, {@code ( )} or {@code 【】}), then its
 * title; the banner above the number ({@code # 聊城市人民政府文件}) belongs to it, not to the document before.
 */
final class DocumentSplitter {

    private static final Pattern NUMBER =
            Pattern.compile("^(\\p{IsHan}{2,8})[〔\\[(【〈]\\s*(\\d{4})\\s*[〕\\])】〉](\\d+)号$");
    private static final Pattern DATE = Pattern.compile("^[(]?(\\d{4})年(\\d{1,2})月(\\d{1,2})日[)]?$");
    private static final Pattern ISSUER_BEFORE_TITLE =
            Pattern.compile("^\\S{2,24}?(?:人民政府|办公室|办公厅|委员会|管委会)(关于.+)$");
    // a banner is a heading, or a short line of Chinese characters only (no punctuation: not the end of a task)
    private static final Pattern TITLE_END = Pattern.compile("(?:通知|意见|决定|批复|函|报告|通报|公告|通告|命令|决议|纪要"
            + "|方案|办法|规定|条例|细则|规划|计划|要点|措施|大事记)(?:\\(试行\\)|（试行）)?$");
    private static final Pattern BANNER = Pattern.compile("^#.*|^\\p{IsHan}{2,30}$");

    /**
     * One document's text.
     *
     * @param body the lines tasks are read from: after the date line when the tasks follow a covering notice
     *             (the notice is signed and dated, then the plan is attached), else the whole document
     */
    record Document(String number, int numberLine, String title, LocalDate issuedOn, List<SourceLine> body,
                    List<SourceLine> lines) {

        /** The last line of the text as printed that the document holds. */
        int lastLine() {
            return lines.stream().mapToInt(SourceLine::number).max().orElse(numberLine);
        }
    }

    private DocumentSplitter() {
    }

    static List<Document> split(List<SourceLine> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isNumberLine(lines.get(i).text())) {
                starts.add(i);
            }
        }
        List<Document> documents = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? bannerAbove(lines, starts.get(k + 1)) : lines.size();
            documents.add(document(lines.subList(start, Math.max(end, start + 1))));
        }
        return documents;
    }

    static boolean isNumberLine(String text) {
        return NUMBER.matcher(CjkText.compact(CjkText.halfWidth(text))).matches();
    }

    /** {@code 聊政发[2021]1号} → {@code 聊政发〔2021〕1号}: the form the bulletin prints and plans are known by. */
    static String normalizedNumber(String text) {
        Matcher number = NUMBER.matcher(CjkText.compact(CjkText.halfWidth(text)));
        return number.matches() ? number.group(1) + "〔" + number.group(2) + "〕" + number.group(3) + "号"
                : CjkText.compact(text);
    }

    /** The index of the banner line just above the number line at {@code numberLine}, or the number line's own. */
    static int bannerAbove(List<SourceLine> lines, int numberLine) {
        int above = numberLine - 1;
        while (above >= 0 && lines.get(above).text().isBlank()) {
            above--;
        }
        if (above < 0) {
            return numberLine;
        }
        return BANNER.matcher(CjkText.compact(lines.get(above).text())).matches() ? above : numberLine;
    }

    private static Document document(List<SourceLine> lines) {
        SourceLine numberLine = lines.get(0);
        int next = 1;
        while (next < lines.size() && lines.get(next).text().isBlank()) {
            next++;
        }
        // the title is the line after the number (and those that complete it), unless the document goes straight
        // to its items
        boolean hasTitle = next < lines.size() && !ItemReader.beginsItem(lines.get(next).text());
        int bodyStart = 1;
        String title = "";
        if (hasTitle) {
            StringBuilder heading = new StringBuilder(lines.get(next).text().strip());
            bodyStart = next + 1;
            for (int more = 0; more < 8 && CjkText.compact(heading.toString()).length() <= 80; more++) {
                int after = bodyStart;
                while (after < lines.size() && lines.get(after).text().isBlank()) {
                    after++;
                }
                if (after >= lines.size() || !continuesTitle(lines.get(after).text())) {
                    break;
                }
                String rest = CjkText.compact(lines.get(after).text()).replaceFirst("^#+", "");
                if (isWholeTitle(heading) && !rest.startsWith("的")) {
                    break; // …实施方案 / 的通知 is one title split after a kind word
                }
                heading.append(lines.get(after).text().strip().replaceFirst("^#+\\s*", ""));
                bodyStart = after + 1;
            }
            title = title(heading.toString());
        }
        int dateAt = bodyStart;
        while (dateAt < lines.size() && date(lines.get(dateAt).text()) == null) {
            dateAt++;
        }
        LocalDate issuedOn = dateAt < lines.size() ? date(lines.get(dateAt).text()) : null;
        List<SourceLine> body = lines.subList(bodyStart, lines.size());
        if (issuedOn != null && lines.subList(dateAt + 1, lines.size()).stream()
                .anyMatch(line -> ResponsibilityClause.contains(CjkText.halfWidth(line.text())))) {
            body = lines.subList(dateAt + 1, lines.size()); // the tasks follow a signed covering notice
        }
        return new Document(normalizedNumber(numberLine.text()), numberLine.number(), title, issuedOn, body, lines);
    }

    /** Whether a title read so far ends as a title does: with the kind of document it is. */
    private static boolean isWholeTitle(CharSequence heading) {
        String title = CjkText.compact(heading.toString()).replace("**", "");
        if (title.contains("印发") || title.contains("转发")) {
            return title.endsWith("通知"); // 关于印发…工作报告…方案的通知: 报告 and 方案 inside are not its end
        }
        return TITLE_END.matcher(title).find();
    }

    /** A line that goes on with a title: no punctuation of a sentence, no item, no date. */
    private static boolean continuesTitle(String line) {
        String text = CjkText.halfWidth(line.strip());
        return !text.isEmpty() && text.length() <= 40 && !ItemReader.beginsItem(text) && !isNumberLine(text)
                && !text.matches(".*[,:;。].*") && !ResponsibilityClause.contains(text);
    }

    /** The title heading without its issuer: {@code 聊城市人民政府 关于印发…的通知} → {@code 关于印发…的通知}. */
    private static String title(String heading) {
        String title = CjkText.compact(heading.strip().replaceFirst("^#+", "")).replace("**", "");
        Matcher issuer = ISSUER_BEFORE_TITLE.matcher(title);
        return issuer.matches() ? issuer.group(1) : title;
    }

    /** A date line such as {@code 2021年2月10日}, or null. */
    static LocalDate date(String text) {
        Matcher date = DATE.matcher(CjkText.compact(CjkText.halfWidth(text)));
        if (!date.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
