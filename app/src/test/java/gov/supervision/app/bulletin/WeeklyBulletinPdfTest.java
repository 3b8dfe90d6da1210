package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.Unit;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin's PDF, read back with PDFBox: A4 pages, PDF/A-2u, every font embedded, and its text (headings, unit
 * names, numbers) extractable as the Chinese it was written in.
 */
class WeeklyBulletinPdfTest {

    private final WeeklyBulletinPdf pdf = new WeeklyBulletinPdf(new WeeklyBulletinHtml());

    @Test
    void theBulletinIsAnA4DocumentWithEveryFontEmbedded() {
        Pdfs document = Pdfs.read(pdf.render(SampleBulletins.week10()));

        assertThat(document.pages()).isPositive();
        assertThat(document.text()).contains("第 1 页 共 " + document.pages() + " 页");
        assertThat(document.width()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        assertThat(document.height()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        assertThat(document.fonts()).isNotEmpty();
        assertThat(document.fonts()).allSatisfy(font -> assertThat(Pdfs.embedded(font))
                .as("%s is embedded", font.getName()).isTrue());
        assertThat(document.fonts()).extracting(PDFont::getName)
                .allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"));
    }

    @Test
    void itIsPdfA2u() {
        Pdfs document = Pdfs.read(pdf.render(SampleBulletins.week10()));

        assertThat(document.xmp()).containsPattern("pdfaid:part(>|=\")2")
                .containsPattern("pdfaid:conformance(>|=\")U");
    }

    @Test
    void itsTextIsTheBulletinsChineseWithItsHeadingsNamesAndNumbers() {
        String text = Pdfs.read(pdf.render(SampleBulletins.week10())).compactText();

        assertThat(text).contains("督查通报", "第7期", "关于《" + SampleBulletins.TITLE + "》落实情况的通报",
                "2021年第10周（2021-W10）：2021年3月8日（星期一）至2021年3月14日（星期日）",
                "一、总体情况", "二、红灯/黄灯任务", "三、未按时报送进展的单位", "四、本周通报与问责", "五、单位排名",
                "（一）红灯任务（2项）", "（二）黄灯任务（3项）", "（三）绿灯任务（137项）",
                "共有重点任务150项，其中督办中142项，已办结8项；红灯2项，黄灯3项，绿灯137项。",
                "本周应报送进展报告180份，按时报送171份，逾期报送6份，未报送3份。",
                "市工业和信息化局", "市发展改革委", "茌平区人民政府", "市住房城乡建设局", "市商务投资促进局",
                "陈秀兴", "荣红智", "逾期未报送进展", "通报批评并限期整改", "约谈", "追责问责", "催办",
                "100.0%", "66.7%", "72.3", "第1至8、10、12至14项任务按计划推进。");
        // the text layer holds the ideographs themselves, never the look-alike radicals (⼈⺠ for 人民)
        assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF)).isEmpty();
    }

    @Test
    void aCharacterTheFontLacksIsDrawnAsAHashNotAFailureOrAnotherFont() {
        WeeklyBulletin week = SampleBulletins.week10();
        // the euro sign, an extension-B ideograph and an emoji are not in the font's subset
        Unit odd = new Unit("odd", "市发展改革委€𠀀😀");
        WeeklyBulletin bulletin = new WeeklyBulletin(week.planNumber(), week.planTitle(), week.week(), week.zone(),
                week.issueNumber(), week.generatedAt(), week.summary(), week.redTasks(), week.amberTasks(),
                week.greenTasks(), week.lateReports(), week.notices(),
                List.of(new UnitRank(1, odd, 50, null, null, null, null, 0)));

        Pdfs document = Pdfs.read(pdf.render(bulletin));

        assertThat(document.compactText()).contains("市发展改革委###");
        assertThat(document.fonts()).allSatisfy(font -> assertThat(Pdfs.embedded(font)).isTrue());
    }

    @Test
    void aQuietWeekIsOnePage() {
        Pdfs document = Pdfs.read(pdf.render(SampleBulletins.quietWeek()));

        assertThat(document.pages()).isOne();
        assertThat(document.compactText()).contains("本周无红灯任务。", "本周未发出通报或问责。", "本周暂无单位排名。");
    }
}
