package gov.supervision.app.plan.parsing.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Varies a bulletin the way real ones differ from the shipped one, without changing what it says: each variant
 * applies a random subset of the enabled {@link Transformation}s (each with probability one half, and now and then
 * all of them). Deterministic for a seed, so that a failing variant can be made again from its seed alone.
 *
 * <p>The order matters: documents and titles first, then the edits of lines where they stand, then the jumps (their
 * cuts are checked on the text as it will be printed), and last the pages, since markers name pages.
 */
public final class BulletinVariants {

    private final List<String> original;
    private final Random random;
    private final Set<Transformation> enabled;

    public BulletinVariants(String original, long seed) {
        this(original, seed, EnumSet.allOf(Transformation.class));
    }

    public BulletinVariants(String original, long seed, Set<Transformation> enabled) {
        this.original = original.lines().toList();
        this.random = new Random(seed);
        this.enabled = enabled.isEmpty() ? EnumSet.noneOf(Transformation.class) : EnumSet.copyOf(enabled);
    }

    public Variant next() {
        Set<Transformation> chosen = choose();
        List<DocLine> lines = DocLine.classify(original, 1, false, true);
        List<String> applied = new ArrayList<>();
        Set<Transformation> changed = EnumSet.noneOf(Transformation.class);
        Set<String> nonPlans = new LinkedHashSet<>();
        if (chosen.contains(Transformation.NON_PLANS)) {
            List<String> inserted = new ArrayList<>();
            nonPlans.addAll(NonPlanDocuments.insert(lines, random, inserted));
            inserted.forEach(line -> record(Transformation.NON_PLANS, line, applied, changed));
        }
        if (chosen.contains(Transformation.TITLE_SPLIT)) {
            record(Transformation.TITLE_SPLIT, LineEdits.splitTitles(lines, random), applied, changed);
        }
        if (chosen.contains(Transformation.MARKDOWN_REMOVED)) {
            record(Transformation.MARKDOWN_REMOVED, LineEdits.removeMarkdown(lines), applied, changed);
        }
        if (chosen.contains(Transformation.REWRAP)) {
            record(Transformation.REWRAP, LineEdits.rewrap(lines, 8 + random.nextInt(33)), applied, changed);
        }
        if (chosen.contains(Transformation.STRAY_SPACES)) {
            record(Transformation.STRAY_SPACES, LineEdits.straySpaces(lines, random), applied, changed);
        }
        if (chosen.contains(Transformation.WIDTH_SWAPS)) {
            record(Transformation.WIDTH_SWAPS, LineEdits.swapWidths(lines, random), applied, changed);
        }
        List<Jump> jumps = List.of();
        if (chosen.contains(Transformation.JUMPS)) {
            // a mistyped jump is the only one: among several, a wrong page number can make another pair's numbers
            // agree, and which part goes where is then a matter of reading the text for sense
            boolean mistyped = chosen.contains(Transformation.MISTYPED_MARKERS);
            jumps = Jumps.apply(lines, random, mistyped ? 1 : 1 + random.nextInt(3), mistyped);
        }
        Printer.Printed printed = Printer.print(lines, jumps, chosen.contains(Transformation.PAGE_BREAKS), random);
        record(Transformation.PAGE_BREAKS, printed.pages().isEmpty() ? null : "page breaks: " + printed.pages(),
                applied, changed);
        for (Jump jump : jumps) {
            record(Transformation.JUMPS, "jump %d: %s".formatted(jump.id, jump.describe()), applied, changed);
            if (jump.mistype != null) {
                changed.add(Transformation.MISTYPED_MARKERS);
            }
        }
        return new Variant(printed.text(), applied, nonPlans, changed);
    }

    /** Each enabled transformation with probability 1/2, all of them one time in seven; never none. */
    private Set<Transformation> choose() {
        if (enabled.isEmpty()) {
            return EnumSet.noneOf(Transformation.class);
        }
        if (random.nextInt(7) == 0) {
            return EnumSet.copyOf(enabled);
        }
        List<Transformation> candidates = new ArrayList<>(enabled);
        Set<Transformation> chosen = EnumSet.noneOf(Transformation.class);
        for (Transformation t : candidates) {
            if (random.nextBoolean()) {
                chosen.add(t);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(candidates.get(random.nextInt(candidates.size())));
        }
        return chosen;
    }

    /** A step's report line, or null when it changed nothing. */
    private static void record(Transformation t, String line, List<String> applied, Set<Transformation> changed) {
        if (line == null) {
            return;
        }
        changed.add(t);
        applied.add(t + ": " + line);
    }
}
