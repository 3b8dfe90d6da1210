package gov.supervision.app.plan.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static gov.supervision.app.plan.parsing.Bulletins.HEADER;
import static gov.supervision.app.plan.parsing.Bulletins.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Page-continuation markers and page furniture as real bulletins print them: joined where they pair, paired by text
 * where the numbers disagree or one half is missing, dropped with a warning otherwise; never a failed bulletin.
 */
class ContinuationMarkersTest {

    private static final String SECOND_DOCUMENT = """

            # 聊城市人民政府文件
            聊政发〔2099〕2号
            ## 聊城市人民政府 关于做好乙工作的意见
            2099年1月2日
            1. 做好乙工作。（牵头单位：市民政局）

            """;

    @ParameterizedTest
    @ValueSource(strings = {"（下转第9页）|（上接第3页）", "(下转第 9 页)|(上接第 3 页)", "下转第9页|上接第3页",
            "（转第９页）|（接第３页）", "【下转第9页】|【上接第3页】"})
    void joinsAPartPrintedLaterInAnyPrintedFormOfTheMarkers(String markers) {
        String[] pair = markers.split("\\|");
        ParsedBulletin bulletin = parse(HEADER + """
                1. 推进城乡道路建设，加快%s
                %s%s主干道改造。（牵头单位：市交通运输局）
                2. 做好第二项工作。（牵头单位：市水利局）
                """.formatted(pair[0], SECOND_DOCUMENT, pair[1]));

        ParsedPlan first = bulletin.plan("聊政发〔2099〕1号").orElseThrow();
        assertThat(first.tasks()).extracting(ParsedTask::text, ParsedTask::leadUnits).containsExactly(
                tuple("推进城乡道路建设，加快主干道改造。", List.of("市交通运输局")),
                tuple("做好第二项工作。", List.of("市水利局")));
        assertThat(bulletin.plan("聊政发〔2099〕2号").orElseThrow().tasks()).hasSize(1);
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    void joinsAPartPrintedEarlierThanThePartItContinues() {
        ParsedBulletin bulletin = parse("""
                # 聊城市人民政府文件
                聊政发〔2099〕2号
                ## 聊城市人民政府 关于做好乙工作的意见
                2099年1月2日
                1. 做好乙工作。（牵头单位：市民政局）

                （上接第12页）
                主干道改造。（牵头单位：市交通运输局）
                3. 做好第三项工作。（牵头单位：市水利局）

                """ + HEADER.replace("2099〕1号", "2099〕3号") + """
                1. 做好第一项工作。（牵头单位：市财政局）
                2. 推进城乡道路建设，加快
                （下转第5页）
                """);

        assertThat(bulletin.plan("聊政发〔2099〕3号").orElseThrow().tasks()).extracting(ParsedTask::label,
                ParsedTask::text).containsExactly(tuple("1", "做好第一项工作。"),
                tuple("2", "推进城乡道路建设，加快主干道改造。"), tuple("3", "做好第三项工作。"));
        assertThat(bulletin.plan("聊政发〔2099〕2号").orElseThrow().tasks()).extracting(ParsedTask::text)
                .containsExactly("做好乙工作。");
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    void pairsByTextWherePageNumbersDisagreeAndSaysSo() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 推进城乡道路建设，加快（下转第9页）
                %s（上接第30页）主干道改造。（牵头单位：市交通运输局）
                2. 做好第二项工作。（牵头单位：市水利局）
                """.formatted(SECOND_DOCUMENT));

        assertThat(bulletin.plan("聊政发〔2099〕1号").orElseThrow().tasks()).extracting(ParsedTask::text)
                .containsExactly("推进城乡道路建设，加快主干道改造。", "做好第二项工作。");
        assertThat(bulletin.warnings()).containsExactly(new ParseWarning(4, "（下转第9页） (line 4) and （上接第30页） "
                + "(line 12) do not name each other's pages; they are joined because the text goes on there"));
    }

    @Test
    void joinsAPartWhoseOtherMarkerIsMissingToTheTextThatBreaksOff() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 推进城乡道路建设，加快
                %s（上接第3页）主干道改造。（牵头单位：市交通运输局）
                2. 做好第二项工作。（牵头单位：市水利局）
                """.formatted(SECOND_DOCUMENT));

        assertThat(bulletin.plan("聊政发〔2099〕1号").orElseThrow().tasks()).extracting(ParsedTask::text)
                .containsExactly("推进城乡道路建设，加快主干道改造。", "做好第二项工作。");
        assertThat(bulletin.warnings()).singleElement().satisfies(w -> assertThat(w.toString())
                .isEqualTo("line 12: （上接第3页） (line 12) has no （下转…）; it is joined to line 4, where the text "
                        + "breaks off"));
    }

    @Test
    void findsTheContinuationOfAMarkerWhoseCounterpartIsMissingAfterAClosedItem() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 推进城乡道路建设，加快（下转第9页）
                %s主干道改造。（牵头单位：市交通运输局）
                2. 做好第二项工作。（牵头单位：市水利局）
                """.formatted(SECOND_DOCUMENT));

        assertThat(bulletin.plan("聊政发〔2099〕1号").orElseThrow().tasks()).extracting(ParsedTask::text)
                .containsExactly("推进城乡道路建设，加快主干道改造。", "做好第二项工作。");
        assertThat(bulletin.plan("聊政发〔2099〕2号").orElseThrow().tasks()).extracting(ParsedTask::text)
                .containsExactly("做好乙工作。");
        assertThat(bulletin.warnings()).extracting(ParseWarning::line).containsExactly(4);
    }

    @Test
    void dropsAMarkerWhoseTextGoesOnWhereItIsPrintedWithAWarningNamingBothLines() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 推进城乡道路建设，加快（下转第10页）

                — 10 —

                主干道改造。（牵头单位：市交通运输局）
                2. 乙。（牵头单位：市财政局）
                """);

        assertThat(bulletin.plans().get(0).tasks()).extracting(ParsedTask::text)
                .containsExactly("推进城乡道路建设，加快主干道改造。", "乙。");
        assertThat(bulletin.warnings()).containsExactly(new ParseWarning(4,
                "（下转第10页） (line 4) has no （上接…）; the text goes on at line 8, as printed"));
    }

    @Test
    void dropsAMarkerThatContinuesNothingWithAWarning() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 甲。（牵头单位：市财政局）
                （上接第9页）
                2. 主干道改造。（牵头单位：市交通运输局）
                """);

        assertThat(bulletin.plans().get(0).tasks()).extracting(ParsedTask::text).containsExactly("甲。", "主干道改造。");
        assertThat(bulletin.warnings()).extracting(ParseWarning::line).containsExactly(5);
        assertThat(bulletin.warnings().get(0).message()).contains("（上接第9页）", "the marker is left out");
    }

    @Test
    void readsPageNumbersAndRunningHeadersAsPageBreaks() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 推进城乡道路建设，加快主干道改造，完成
                — 9 —
                聊城市人民政府公报 2021年第2期
                ·10·
                第11页
                12
                2021年第2期
                - 13 -
                投资5亿元。（牵头单位：市交通运输局）
                2. 乙。（牵头单位：市财政局）
                """);

        assertThat(bulletin.plans().get(0).tasks()).extracting(ParsedTask::text)
                .containsExactly("推进城乡道路建设，加快主干道改造，完成投资5亿元。", "乙。");
        assertThat(bulletin.warnings()).isEmpty();
    }
}
