package gov.supervision.app.plan.parsing.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The transformations that change lines where they stand: re-wrapping, Markdown removed, spaces and width swaps,
 * titles over several lines. None touches the cover, and each leaves alone what the parser reads exactly (document
 * numbers, dates, the numbers that begin items and headings). Each returns a line for the report, or null when it
 * found nothing to change.
 */
final class LineEdits {

    private static final Pattern TITLE_END = Pattern.compile("(?:通知|意见|决定|批复|函|报告|通报|公告|通告|命令|决议|纪要"
            + "|方案|办法|规定|条例|细则|规划|计划|要点|措施|大事记)(?:\\(试行\\)|（试行）)?$");
    private static final Pattern LABELS = Pattern.compile("牵头领导|牵头单位|配合单位|责任单位");
    private static final String HALF = "():;,0123456789";
    private static final String FULL = "（）：；，０１２３４５６７８９";

    private LineEdits() {
    }

    /** Heading marks where the line stays a heading or a document's head without them, bold marks, bullets. */
    static String removeMarkdown(List<DocLine> lines) {
        int headings = 0;
        int bullets = 0;
        int bold = 0;
        DocLine previous = null;
        for (DocLine line : lines) {
            if (line.kind == DocLine.Kind.COVER) {
                continue;
            }
            String text = line.text;
            if (text.strip().startsWith("#")) {
                String without = text.strip().replaceFirst("^#+\\s*", "");
                // a heading without a number ends the item above it only while it is marked as a heading
                boolean stays = line.kind == DocLine.Kind.BANNER || line.kind == DocLine.Kind.TITLE
                        || LineShapes.itemStart(without) != null || previous != null && previous.kind == DocLine.Kind.DATE;
                if (stays) {
                    text = without;
                    headings++;
                }
            } else if (text.strip().matches("^[-*+•]\\s+.*")) {
                text = text.strip().replaceFirst("^[-*+•]\\s+", "");
                bullets++;
            }
            if (text.contains("**")) {
                text = text.replace("**", "");
                bold++;
            }
            line.text = text;
            if (!line.isBlank()) {
                previous = line;
            }
        }
        return headings + bullets + bold == 0 ? null
                : "removed %d heading marks, %d bullets, bold marks on %d lines".formatted(headings, bullets, bold);
    }

    /**
     * Runs of adjacent paragraph lines joined and cut again about {@code width} characters long. Only lines that go
     * on with the one above are joined, and not after a closing parenthesis (the item may have ended there).
     */
    static String rewrap(List<DocLine> lines, int width) {
        List<DocLine> result = new ArrayList<>();
        int rewrapped = 0;
        for (int i = 0; i < lines.size(); i++) {
            DocLine line = lines.get(i);
            if (line.kind != DocLine.Kind.TEXT) {
                result.add(line);
                continue;
            }
            StringBuilder text = new StringBuilder(line.text.stripTrailing());
            while (i + 1 < lines.size() && lines.get(i + 1).kind == DocLine.Kind.TEXT
                    && !LineShapes.startsLikeItem(lines.get(i + 1).text) && !endsWithParenthesis(text.toString())) {
                String next = lines.get(++i).text.strip();
                if (isLatin(text.charAt(text.length() - 1)) && isLatin(next.charAt(0))) {
                    text.append(' ');
                }
                text.append(next);
            }
            List<String> pieces = Cuts.wrap(text.toString(), width);
            rewrapped += pieces.size() > 1 ? 1 : 0;
            pieces.forEach(piece -> result.add(line.withText(piece)));
        }
        lines.clear();
        lines.addAll(result);
        return rewrapped == 0 ? null : "re-wrapped %d paragraphs at width %d".formatted(rewrapped, width);
    }

    /** Spaces between Chinese characters, at a rate per gap, and inside a few responsibility labels for sure. */
    static String straySpaces(List<DocLine> lines, Random random) {
        double rate = 0.01 + random.nextDouble() * 0.07;
        int inserted = 0;
        int labels = 0;
        String example = null;
        for (DocLine line : lines) {
            if (!spaceable(line)) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            String text = line.text;
            int protectedEnd = LineShapes.startTokenEnd(text);
            boolean labelDone = false;
            var label = LABELS.matcher(text);
            int labelAt = label.find() && random.nextInt(4) == 0 ? label.start() + 1 + random.nextInt(3) : -1;
            for (int i = 0; i < text.length(); i++) {
                if (i > protectedEnd && LineShapes.isHan(text.charAt(i - 1)) && LineShapes.isHan(text.charAt(i))
                        && (i == labelAt || random.nextDouble() < rate)) {
                    out.append(random.nextInt(3) == 0 ? '\u3000' : ' ');
                    inserted++;
                    if (i == labelAt) {
                        labelDone = true;
                    }
                }
                out.append(text.charAt(i));
            }
            if (labelDone) {
                labels++;
                if (example == null) {
                    example = text.substring(label.start(), label.end())
                            + (line.origin > 0 ? " at line " + line.origin : " of an inserted document");
                }
            }
            line.text = out.toString();
        }
        return inserted == 0 ? null : "inserted %d spaces (rate %.3f), %d inside labels%s".formatted(inserted, rate,
                labels, example == null ? "" : ", e.g. in " + example);
    }

    private static boolean spaceable(DocLine line) {
        return switch (line.kind) {
            case TEXT, HEADING, TITLE, BANNER -> true;
            default -> false;
        };
    }

    /** Full- and half-width （）：；， and digits swapped, character by character; never in a document number. */
    static String swapWidths(List<DocLine> lines, Random random) {
        double rate = 0.1 + random.nextDouble() * 0.4;
        int swapped = 0;
        for (DocLine line : lines) {
            if (line.kind == DocLine.Kind.COVER || line.kind == DocLine.Kind.NUMBER || line.kind == DocLine.Kind.BLANK) {
                continue;
            }
            char[] chars = line.text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                int half = HALF.indexOf(chars[i]);
                int full = FULL.indexOf(chars[i]);
                if ((half >= 0 || full >= 0) && random.nextDouble() < rate) {
                    chars[i] = half >= 0 ? FULL.charAt(half) : HALF.charAt(full);
                    swapped++;
                }
            }
            line.text = new String(chars);
        }
        return swapped == 0 ? null : "swapped the width of %d characters (rate %.2f)".formatted(swapped, rate);
    }

    /**
     * Titles over two or three lines, cut where the parser's title reader goes on: no part but the last ends like a
     * whole title ({@code …方案}) unless the next begins with {@code 的}, and each part is short and unpunctuated.
     */
    static String splitTitles(List<DocLine> lines, Random random) {
        List<String> done = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DocLine line = lines.get(i);
            if (line.kind != DocLine.Kind.TITLE || random.nextInt(10) < 3) {
                continue;
            }
            String marks = line.text.strip().replaceFirst("^(#*\\s*).*$", "$1");
            String title = line.text.strip().substring(marks.length());
            List<String> parts = splitTitle(title, 2 + random.nextInt(2), random);
            if (parts.size() < 2) {
                continue;
            }
            List<DocLine> replacement = new ArrayList<>();
            for (int p = 0; p < parts.size(); p++) {
                if (p > 0 && random.nextInt(4) == 0) {
                    replacement.add(new DocLine("", DocLine.Kind.BLANK, line.origin, line.nonPlan));
                }
                replacement.add(line.withText((p == 0 ? marks : "") + parts.get(p)));
            }
            lines.remove(i);
            lines.addAll(i, replacement);
            i += replacement.size() - 1;
            done.add("%s into %s".formatted(line.origin > 0 ? "line " + line.origin : "an inserted title",
                    String.join(" / ", parts)));
        }
        return done.isEmpty() ? null : "split titles: " + String.join("; ", done);
    }

    private static List<String> splitTitle(String title, int count, Random random) {
        if (title.length() < 8) {
            return List.of(title);
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            List<Integer> cuts = new ArrayList<>();
            for (int c = 1; c < count; c++) {
                cuts.add(1 + random.nextInt(title.length() - 1));
            }
            cuts.sort(null);
            List<String> parts = new ArrayList<>();
            int from = 0;
            for (int cut : cuts) {
                parts.add(title.substring(from, cut));
                from = cut;
            }
            parts.add(title.substring(from));
            if (titleReadsOn(parts)) {
                return parts;
            }
        }
        return List.of(title);
    }

    private static boolean titleReadsOn(List<String> parts) {
        StringBuilder heading = new StringBuilder();
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            String compact = LineShapes.compact(part);
            if (compact.length() < 3 || !part.equals(part.strip())) {
                return false;
            }
            if (p > 0) {
                boolean whole = TITLE_END.matcher(LineShapes.compact(heading.toString()).replace("**", "")).find();
                if (part.length() > 26 || whole && !compact.startsWith("的") || LineShapes.startsLikeItem(part)
                        || LineShapes.halfWidth(part).matches(".*[,:;。].*")
                        || isLatin(heading.charAt(heading.length() - 1)) && isLatin(part.charAt(0))) {
                    return false;
                }
            }
            heading.append(part);
        }
        return true;
    }

    private static boolean endsWithParenthesis(String text) {
        String end = LineShapes.halfWidth(text).replaceFirst("[\\s\\u3000。.;,、]+$", "");
        return end.endsWith(")") || end.endsWith("]") || end.endsWith("】");
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
