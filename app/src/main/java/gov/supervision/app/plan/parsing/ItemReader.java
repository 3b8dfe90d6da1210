package gov.supervision.app.plan.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's body into items. A line that begins a heading ({@code 一、}, {@code （一）}, a Markdown
 * {@code #}) or a numbered item ({@code 9.}, {@code 9、}, {@code 9．}, after a Markdown {@code - } or not) starts a
 * new item; every other line continues the current one, across blank lines and page breaks, until the item's
 * responsibility parenthesis has closed. After that only its sub-items ({@code (2)…}) and a further responsibility
 * parenthesis still belong to it.
 */
final class ItemReader {

    private static final String HAN_NUMERAL = "[一二三四五六七八九十百]+";
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#+\\s*");
    private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s+");
    private static final Pattern SECTION = Pattern.compile("^(" + HAN_NUMERAL + ")\\s*、\\s*(.*)$");
    private static final Pattern SUB_HEADING = Pattern.compile("^[（(]\\s*(" + HAN_NUMERAL + ")\\s*[）)]\\s*(.*)$");
    // a digit after the point is a decimal at the start of a wrapped line (1.5万套), not an item number
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\s*[.、．](?!\\d)\\s*(.*)$");
    // (1) or ①: a sub-item goes on with its numbered item
    private static final Pattern SUB_ITEM = Pattern.compile("^(?:[（(]\\s*\\d{1,2}\\s*[）)]|[①-⑳])");
    private static final String BOLD = "**";

    record Result(List<Item> items, List<ParseWarning> warnings) {
    }

    /** A numbered item whose number does not follow the last one's: told once every label is known. */
    private record NumberGap(int line, Item item, Item previous) {
    }

    private final List<Item> items = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private String section = "";
    private String subHeadingTitle; // null when the section has no sub-heading yet
    private Item subHeading;
    private Item current;
    private Item lastNumbered;
    private boolean eachSubHeadingNumbersFromOne = true;
    private final List<NumberGap> gaps = new ArrayList<>();
    // a heading line that may have been wrapped inside its title: the lines that may complete it, not yet known
    private String openTitle; // null when no title is open
    private int openTitleLine;
    private int openTitleWidth;
    private boolean blankAfterTitle;
    private final List<SourceLine> titleLines = new ArrayList<>();
    private static final int LONGEST_TITLE = 25;

    private ItemReader() {
    }

    static Result read(List<SourceLine> body) {
        ItemReader reader = new ItemReader();
        body.forEach(reader::read);
        reader.finishItem();
        if (!reader.eachSubHeadingNumbersFromOne) {
            reader.items.forEach(Item::labelByNumberAlone);
        }
        reader.gaps.forEach(gap -> reader.warnings.add(new ParseWarning(gap.line(), numberWarning(gap),
                "compare the item numbers with the printed bulletin; a page may be missing or out of order")));
        return new Result(reader.items, reader.warnings);
    }

    private void read(SourceLine line) {
        String text = line.text().strip();
        if (text.isEmpty()) {
            // a wrapped title's lines stand together (a typesetter breaks no page inside a heading): a blank line or a
            // page break ends the heading
            blankAfterTitle |= openTitle != null;
            return; // a blank line is a page break or a paragraph's end: neither ends an item
        }
        if (blankAfterTitle) {
            completeTitle();
        }
        blankAfterTitle = false;
        boolean markdownHeading = text.startsWith("#");
        String content = content(text);
        // matched half-width (（一） and (一), １. and 1. alike); what follows the number is kept as written
        String halfWidth = CjkText.halfWidth(content);
        Matcher m;
        if (DocumentSplitter.date(content) != null) {
            finishItem(); // the signature's date closes what is above it
        } else if ((m = SECTION.matcher(halfWidth)).matches()) {
            String rest = content.substring(m.start(2));
            section = m.group(1) + "、" + CjkText.compact(headingTitle(rest));
            subHeading = null;
            subHeadingTitle = null;
            startHeading(Item.Kind.SECTION, m.group(1), section, line, rest);
        } else if ((m = SUB_HEADING.matcher(halfWidth)).matches()) {
            String rest = content.substring(m.start(2));
            String label = "(" + m.group(1) + ")";
            subHeadingTitle = label + CjkText.compact(headingTitle(rest));
            startHeading(Item.Kind.SUB_HEADING, label, subSection(), line, rest);
            subHeading = current;
        } else if ((m = NUMBERED.matcher(halfWidth)).matches()) {
            startNumbered(Integer.parseInt(m.group(1)), line, content.substring(m.start(2)));
        } else if (markdownHeading) {
            finishItem();
            section = CjkText.compact(content);
            subHeading = null;
            subHeadingTitle = null;
        } else {
            continueItem(line, content);
        }
    }

    /** Whether the line begins a heading of a section or sub-heading, a numbered item or a date line. */
    static boolean beginsItem(String line) {
        String content = CjkText.halfWidth(content(line.strip()));
        return SECTION.matcher(content).matches() || SUB_HEADING.matcher(content).matches()
                || NUMBERED.matcher(content).matches() || DocumentSplitter.date(content) != null;
    }

    /** The line without its Markdown: heading marks, a list bullet, bold marks. */
    private static String content(String line) {
        String content = line.startsWith("#") ? MARKDOWN_HEADING.matcher(line).replaceFirst("")
                : BULLET.matcher(line).replaceFirst("");
        return content.replace(BOLD, "");
    }

    /**
     * A heading starts an item: its paragraph follows, or stands on the same line after the heading's first
     * sentence ({@code （一）切实加强组织领导。各级政府要…}).
     */
    private void startHeading(Item.Kind kind, String label, String itemSection, SourceLine line, String rest) {
        finishItem();
        current = Item.heading(kind, label, itemSection, line.number());
        // a title that is a sentence (it ends with a full stop) is the first sentence of the heading's paragraph,
        // whether the paragraph goes on on its line or on the next
        if (!afterTitle(rest).isBlank() || rest.strip().endsWith("。")) {
            current.text().append(line.number(), rest.strip());
        } else if (!line.text().strip().startsWith("#") && !rest.isBlank()
                && headingTitle(rest).equals(rest.strip())) {
            openTitle = rest.strip(); // no full stop yet: the title may go on on the next line
            openTitleLine = line.number();
            openTitleWidth = line.text().strip().length();
        }
    }

    /**
     * A line after a heading whose line has no full stop: it completes the title when a short phrase and a full
     * stop begin it ({@code （一）切实加强组织领} / {@code 导。各级政府要…}) and the heading's line is as wide as
     * the line after it; a paragraph of its own has a longer first sentence, or lines wider than the heading. Answers whether the line was taken.
     */
    private boolean completesTitle(SourceLine line, String content) {
        int stop = content.indexOf('。');
        String part = stop >= 0 ? content.substring(0, stop) : content;
        String pending = titleLines.stream().map(SourceLine::text).reduce("", String::concat);
        String title = openTitle + pending + part;
        // a line wrapped inside its title is as wide as the lines after it: a heading shorter than its paragraph's
        // first line is whole
        boolean wrapped = !titleLines.isEmpty() || stop == 0 || openTitleWidth + 1 >= content.strip().length();
        boolean phrase = wrapped && CjkText.compact(title).length() <= LONGEST_TITLE
                && !CjkText.halfWidth(pending + part).matches(".*[;:()].*");
        if (!phrase) {
            // the title went on over the lines held when the last is short (a heading's last line) beside the
            // heading and this line, and its paragraph begins here; a line as wide as these was the paragraph's first
            String last = titleLines.isEmpty() ? null : titleLines.get(titleLines.size() - 1).text().strip();
            if (last != null && last.length() + 1 < openTitleWidth && last.length() + 1 < content.strip().length()) {
                completeTitle();
            } else {
                closeTitle();
            }
            return false;
        }
        if (stop < 0) {
            titleLines.add(new SourceLine(line.number(), content));
            return true;
        }
        retitle(title);
        current.text().append(openTitleLine, openTitle);
        titleLines.forEach(l -> current.text().append(l.number(), l.text()));
        current.text().append(line.number(), content);
        titleLines.clear();
        openTitle = null;
        return true;
    }

    private void retitle(String title) {
        String whole = CjkText.compact(title);
        if (current.kind() == Item.Kind.SECTION) {
            section = current.label() + "、" + whole;
            current.retitle(section);
        } else {
            subHeadingTitle = current.label() + whole;
            current.retitle(subSection());
        }
    }

    /** The lines held for an open title are the heading's paragraph after all. */
    private void closeTitle() {
        if (openTitle != null && current != null) {
            titleLines.forEach(l -> current.text().append(l.number(), l.text()));
        }
        titleLines.clear();
        openTitle = null;
    }

    /** An item or heading follows lines held for an open title: they were the rest of the title. */
    private void completeTitle() {
        if (openTitle != null && current != null && !titleLines.isEmpty()) {
            retitle(openTitle + titleLines.stream().map(SourceLine::text).reduce("", String::concat));
            titleLines.clear();
        }
        openTitle = null;
    }

    private void startNumbered(int number, SourceLine line, String rest) {
        finishItem();
        int last = lastNumbered == null ? 0 : lastNumbered.number();
        if (subHeading != null && !subHeading.hasNumberedItems() && number != 1) {
            eachSubHeadingNumbersFromOne = false; // numbered straight through, across sub-headings
        }
        current = Item.numbered(number, subSection(), subHeading, line.number());
        current.text().append(line.number(), rest.strip());
        // a list may start again at 1 (under each sub-heading); any other number must follow the last one
        if (number != 1 && number != last + 1) {
            gaps.add(new NumberGap(line.number(), current, lastNumbered));
        }
        lastNumbered = current;
    }

    private static String numberWarning(NumberGap gap) {
        int number = gap.item().number();
        int last = gap.previous() == null ? 0 : gap.previous().number();
        String follows = gap.previous() == null ? "item %s is the first item".formatted(gap.item().label())
                : "item %s follows item %s".formatted(gap.item().label(), gap.previous().label());
        if (number <= last) {
            return follows + ": the numbers are out of order";
        }
        String prefix = gap.item().label().substring(0, gap.item().label().length() - String.valueOf(number).length());
        return follows + (last + 1 == number - 1 ? ": item %s%d is missing".formatted(prefix, last + 1)
                : ": items %s%d-%d are missing".formatted(prefix, last + 1, number - 1));
    }

    private void continueItem(SourceLine line, String content) {
        if (openTitle != null && current != null && completesTitle(line, content)) {
            return;
        }
        if (current != null && (!current.isClosed() || SUB_ITEM.matcher(CjkText.halfWidth(content)).find()
                || ResponsibilityClause.starts(CjkText.halfWidth(content)))) {
            current.text().append(line.number(), content);
            return;
        }
        finishItem();
        if (ResponsibilityClause.contains(CjkText.halfWidth(content))) {
            warnings.add(new ParseWarning(line.number(),
                    "a responsibility clause outside any numbered item or heading; it is left out",
                    "put it at the end of the item it belongs to"));
        }
    }

    private void finishItem() {
        completeTitle();
        if (current != null) {
            items.add(current);
            current = null;
        }
    }

    /** The section and, under a sub-heading, the sub-heading: {@code 二、主要任务 (四)加强疾病预防控制体系建设}. */
    private String subSection() {
        if (subHeadingTitle == null) {
            return section;
        }
        return section.isEmpty() ? subHeadingTitle : section + " " + subHeadingTitle;
    }

    /** A heading's title: up to its first full stop or responsibility parenthesis. */
    private static String headingTitle(String rest) {
        String text = rest.strip();
        int end = text.length();
        int stop = text.indexOf('。');
        if (stop >= 0) {
            end = stop;
        }
        int clause = ResponsibilityClause.indexIn(CjkText.halfWidth(text));
        if (clause >= 0 && clause < end) {
            end = clause;
        }
        return text.substring(0, end);
    }

    private static String afterTitle(String rest) {
        String text = rest.strip();
        String title = headingTitle(text);
        return text.substring(title.length()).replaceFirst("^。", "");
    }
}
