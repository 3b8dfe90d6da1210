package gov.supervision.app.plan.parsing.corpus;

import gov.supervision.app.plan.parsing.BulletinParser;
import gov.supervision.app.plan.parsing.ParsedBulletin;
import gov.supervision.app.plan.parsing.ParsedPlan;
import gov.supervision.app.unit.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The property the tolerant parser must have: every variant of the shipped bulletin that {@link BulletinVariants}
 * makes (page breaks, out-of-order pages, width swaps, re-wrapping, stray spaces, Markdown removed, split titles,
 * interleaved non-plans) reads to the same plans as the original, and no interleaved non-plan gives a task.
 *
 * <p>{@code -Dcorpus.variants=N} (default 500), {@code -Dcorpus.seed=S} (default {@value #DEFAULT_SEED}, {@code random} for a random one; variant i has seed S+i),
 * {@code -Dcorpus.transformations=PAGE_BREAKS,JUMPS} (default all). A failure names each failing seed with the command
 * that makes that variant alone, and writes its text to target/corpus/variant-SEED.txt.
 */
class BulletinCorpusTest {

    private static final UnitDirectory UNITS = UnitDirectory.read(new ClassPathResource("units/units.csv"));
    private static final int DETAILED_FAILURES = 5;

    private record Failure(long seed, Variant variant, String difference) {
    }

    static final long DEFAULT_SEED = 1000L;

    @Test
    void everyVariantReadsToTheOriginalPlans() throws IOException {
        int count = Integer.getInteger("corpus.variants", 500);
        // a fixed base seed by default, so that a build is repeatable; -Dcorpus.seed=random explores new variants
        String seedProperty = Optional.ofNullable(System.getProperty("corpus.seed")).filter(s -> !s.isBlank())
                .orElse(String.valueOf(DEFAULT_SEED));
        long baseSeed = seedProperty.equals("random") ? new Random().nextLong() : Long.parseLong(seedProperty);
        Set<Transformation> enabled = transformations(System.getProperty("corpus.transformations", ""));
        String original = shippedBulletin();
        List<ParsedPlan> expected = new BulletinParser(UNITS).parse(original).plans();
        assertThat(expected.stream().filter(p -> !p.tasks().isEmpty())).as("the original has plans with tasks")
                .isNotEmpty();

        long started = System.nanoTime();
        Map<Transformation, int[]> byTransformation = new EnumMap<>(Transformation.class); // {variants, failing}
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long seed = baseSeed + i;
            Variant variant = new BulletinVariants(original, seed, enabled).next();
            String difference = difference(expected, variant);
            variant.transformations().forEach(t -> byTransformation.computeIfAbsent(t, k -> new int[2])[0]++);
            if (difference != null) {
                failures.add(new Failure(seed, variant, difference));
                variant.transformations().forEach(t -> byTransformation.get(t)[1]++);
            }
        }
        System.out.printf("corpus: %d variants, base seed %d, transformations %s, %.1f s, %d failing%n", count,
                baseSeed, enabled, (System.nanoTime() - started) / 1e9, failures.size());
        if (!failures.isEmpty()) {
            for (Failure failure : failures) {
                write(failure);
            }
            fail(report(failures, count, baseSeed, enabled, byTransformation));
        }
    }

    /** Null when the variant reads as the original, else what differs first. */
    private static String difference(List<ParsedPlan> expected, Variant variant) {
        ParsedBulletin parsed;
        try {
            parsed = new BulletinParser(UNITS).parse(variant.text());
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return "parsing threw " + trace.toString().lines().limit(6).collect(Collectors.joining("\n    "));
        }
        for (String number : variant.nonPlanNumbers()) {
            Optional<ParsedPlan> plan = parsed.plan(number);
            if (plan.isPresent() && !plan.get().tasks().isEmpty()) {
                return "the non-plan %s gave %d tasks, the first «%s»".formatted(number, plan.get().tasks().size(),
                        plan.get().tasks().get(0).text());
            }
        }
        return PlanComparison.firstDifference(expected, parsed.plans());
    }

    private static String report(List<Failure> failures, int count, long baseSeed, Set<Transformation> enabled,
                                 Map<Transformation, int[]> byTransformation) {
        StringBuilder report = new StringBuilder("%d of %d variants (base seed %d) do not read to the original plans%n"
                .formatted(failures.size(), count, baseSeed));
        report.append("by transformation (failing / variants that had it):\n");
        byTransformation.forEach((t, n) -> report.append("  %-17s %4d / %4d%n".formatted(t, n[1], n[0])));
        String only = enabled.size() == Transformation.values().length ? ""
                : " -Dcorpus.transformations=" + enabled.stream().map(Enum::name).collect(Collectors.joining(","));
        for (Failure failure : failures.subList(0, Math.min(DETAILED_FAILURES, failures.size()))) {
            report.append("\nseed %d: %s%n".formatted(failure.seed(), failure.difference()));
            failure.variant().applied().forEach(step -> report.append("    applied ").append(step).append('\n'));
            report.append("    text: target/corpus/variant-%d.txt%n".formatted(failure.seed()));
            report.append("    rerun: mvn -o -pl app test -Dtest=BulletinCorpusTest -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Dcorpus.seed=%d -Dcorpus.variants=1%s%n".formatted(failure.seed(), only));
        }
        if (failures.size() > DETAILED_FAILURES) {
            report.append("\nother failing seeds: ").append(failures.subList(DETAILED_FAILURES, failures.size())
                    .stream().map(f -> String.valueOf(f.seed())).collect(Collectors.joining(" "))).append('\n');
        }
        return report.toString();
    }

    private static void write(Failure failure) throws IOException {
        Path directory = Path.of(System.getProperty("basedir", "."), "target", "corpus");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("variant-%d.txt".formatted(failure.seed())), failure.variant().text(),
                StandardCharsets.UTF_8);
    }

    private static Set<Transformation> transformations(String names) {
        if (names.isBlank()) {
            return EnumSet.allOf(Transformation.class);
        }
        Set<Transformation> chosen = EnumSet.noneOf(Transformation.class);
        Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(name -> chosen.add(Transformation.valueOf(name.toUpperCase())));
        return chosen;
    }

    private static String shippedBulletin() throws IOException {
        try (InputStream in = BulletinCorpusTest.class.getResourceAsStream("/bulletins/liaocheng-2021-02.txt")) {
            assertThat(in).as("the shipped bulletin on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
