package gov.supervision.app.bulletin;

import gov.supervision.app.plan.parsing.BulletinParser;
import gov.supervision.app.plan.parsing.ParsedBulletin;
import gov.supervision.app.plan.parsing.ParsedPlan;
import gov.supervision.app.plan.parsing.ParsedTask;
import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.command.task.api.Unit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin's font draws every character the engine's shipped data holds: each unit name of the directory and
 * each task, leader and unit of the shipped bulletin's plans. Rendering all 150 tasks of the 2021 plan and every
 * unit leaves no character undrawn.
 */
class BulletinFontTest {

    static UnitDirectory units;
    static ParsedBulletin bulletin;
    static String shippedText;

    @BeforeAll
    static void readTheShippedData() throws IOException {
        units = UnitDirectory.read(new ClassPathResource("units/units.csv"));
        shippedText = new ClassPathResource("bulletins/liaocheng-2021-02.txt")
                .getContentAsString(StandardCharsets.UTF_8);
        bulletin = new BulletinParser(units).parse(shippedText);
    }

    @ParameterizedTest
    @EnumSource(BulletinFont.class)
    void everyCharacterOfTheShippedBulletinAndUnitDirectoryHasAGlyph(BulletinFont weight) throws IOException {
        CmapLookup cmap = cmap(weight);
        Set<String> missing = new TreeSet<>();
        Stream.concat(Stream.of(shippedText), names().stream())
                .flatMapToInt(String::codePoints)
                .filter(c -> !Character.isISOControl(c))
                .distinct()
                .filter(c -> cmap.getGlyphId(c) == 0)
                .forEach(c -> missing.add(new String(Character.toChars(c)) + " U+" + Integer.toHexString(c)));

        assertThat(missing).as("characters without a glyph in " + weight.resource()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(BulletinFont.class)
    void theFontMapsNoRadicalsSoThePdfTextLayerHoldsIdeographs(BulletinFont weight) throws IOException {
        // Noto draws 人 and the radical ⼈ with one glyph; PDFBox would write the lower code point, the radical,
        // into the PDF's text layer. The subset leaves radicals and compatibility ideographs out.
        CmapLookup cmap = cmap(weight);
        assertThat(cmap.getGlyphId('人')).isNotZero();
        assertThat(cmap.getGlyphId(0x2F08)).as("⼈ KANGXI RADICAL MAN").isZero();
        assertThat(cmap.getGlyphId(0x2EA0)).as("⺠ CJK RADICAL CIVILIAN").isZero();
        assertThat(cmap.getGlyphId(0xF900)).as("豈 CJK COMPATIBILITY IDEOGRAPH").isZero();
    }

    @Test
    void allTasksOfThePlanAndAllUnitsRenderWithoutAMissingGlyph() {
        ParsedPlan plan = bulletin.plan("聊政发〔2021〕1号").orElseThrow();
        assertThat(plan.tasks()).hasSize(150);
        List<FlaggedTask> tasks = plan.tasks().stream()
                .map(task -> new FlaggedTask(task.number(), task.text(),
                        task.leadUnits().stream().map(units::resolve).toList(), task.leadLeaders(),
                        List.of(task.section()), null, null))
                .toList();
        List<UnitDirectory.Entry> entries = List.copyOf(units.entries());
        List<UnitRank> ranking = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ranking.add(new UnitRank(i + 1, entries.get(i).asUnit(), 100 - i, null, null, null, null, 0));
        }
        WeeklyBulletin week = SampleBulletins.week10();
        WeeklyBulletin everything = new WeeklyBulletin(plan.number(), plan.title(), week.week(), week.zone(), 1,
                week.generatedAt(), week.summary(), List.of(), tasks, List.of(), List.of(), List.of(), ranking);
        assertThat(names()).noneMatch(name -> name.contains("#"));

        Pdfs document = Pdfs.read(new WeeklyBulletinPdf(new WeeklyBulletinHtml()).render(everything));

        // a glyph the font lacks would be drawn as "#"
        assertThat(document.text()).doesNotContain("#");
        String text = document.compactText();
        assertThat(entries).allSatisfy(unit -> assertThat(text).contains(unit.name()));
        assertThat(plan.tasks()).allSatisfy(task -> assertThat(text).contains(Pdfs.compact(task.text())));
        assertThat(plan.tasks()).extracting(ParsedTask::leadLeaders).allSatisfy(leaders ->
                assertThat(leaders).allSatisfy(leader -> assertThat(text).contains(Pdfs.compact(leader))));
        assertThat(text).contains(Pdfs.compact(plan.title()));
        assertThat(document.pages()).isGreaterThan(5);
    }

    /** Every name and text the shipped data holds. */
    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (UnitDirectory.Entry unit : units.entries()) {
            names.add(unit.name());
            names.addAll(unit.aliases());
        }
        for (ParsedPlan plan : bulletin.plans()) {
            names.add(plan.number());
            names.add(plan.title());
            for (ParsedTask task : plan.tasks()) {
                names.add(task.section());
                names.add(task.text());
                names.addAll(task.leadLeaders());
                names.addAll(task.leadUnits());
                names.addAll(task.cooperatingUnits());
            }
        }
        return names;
    }

    private static CmapLookup cmap(BulletinFont weight) throws IOException {
        try (InputStream in = weight.open()) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            return font.getUnicodeCmapLookup();
        }
    }
}
