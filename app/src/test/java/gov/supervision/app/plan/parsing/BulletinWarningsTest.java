package gov.supervision.app.plan.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.supervision.app.plan.parsing.Bulletins.HEADER;
import static gov.supervision.app.plan.parsing.Bulletins.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Where the parser cannot be sure, it warns with the line instead of guessing; the document still parses. */
class BulletinWarningsTest {

    @Test
    void leavesOutAnItemWithoutAResponsibilityClause() {
        ParsedBulletin bulletin = parse(HEADER + """
                一、目标
                1. 做好甲。（牵头单位：市财政局）
                2. 做好乙。
                3. 做好丙。（牵头单位：市民政局）
                （四）加强宣传
                做好宣传。
                """);
        assertThat(bulletin.warnings()).containsExactly(
                new ParseWarning(6, "item 2 has no responsibility clause (牵头单位/责任单位…); it is left out"),
                new ParseWarning(8, "item (四) has no responsibility clause (牵头单位/责任单位…); it is left out"));
        assertThat(bulletin.plans().get(0).tasks()).extracting(ParsedTask::number, ParsedTask::label)
                .containsExactly(tuple(1, "1"), tuple(2, "3"));
    }

    @Test
    void warnsAboutAMissingItemNumberAndNumbersOutOfOrder() {
        ParsedBulletin bulletin = parse(HEADER + """
                一、目标
                1. 甲。（牵头单位：市财政局）
                2. 乙。（牵头单位：市财政局）
                4. 丁。（牵头单位：市财政局）
                8. 辛。（牵头单位：市财政局）
                6. 己。（牵头单位：市财政局）
                （三）加强宣传
                1. 宣传甲。（牵头单位：市财政局）
                3. 宣传丙。（牵头单位：市财政局）
                """);
        assertThat(bulletin.warnings()).containsExactly(
                new ParseWarning(7, "item 4 follows item 2: item 3 is missing"),
                new ParseWarning(8, "item 8 follows item 4: items 5-7 are missing"),
                new ParseWarning(9, "item 6 follows item 8: the numbers are out of order"),
                new ParseWarning(12, "item (三)3 follows item (三)1: item (三)2 is missing"));
        assertThat(bulletin.plans().get(0).tasks()).extracting(ParsedTask::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void warnsWhenTheFirstItemIsNotNumberOne() {
        ParsedBulletin bulletin = parse(HEADER + """
                56. 甲。（牵头单位：市财政局）
                58. 丙。（牵头单位：市财政局）
                """);
        assertThat(bulletin.warnings()).containsExactly(
                new ParseWarning(4, "item 56 is the first item: items 1-55 are missing"),
                new ParseWarning(5, "item 58 follows item 56: item 57 is missing"));
    }

    @Test
    void warnsAboutAResponsibilityClauseWithAnUnknownLabel() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 甲。（牵头单位：市财政局；联系单位：市税务局）
                2. 乙。（督办单位：市民政局）
                """);
        String labels = "(" + String.join("/", ResponsibilityClause.KNOWN_LABELS) + ")";
        assertThat(labels).startsWith("(牵头领导/").contains("/牵头单位/", "/配合单位/", "/责任单位/", "/负责单位/");
        assertThat(bulletin.warnings()).containsExactly(
                new ParseWarning(4, "item 1: «联系单位» is not a responsibility label " + labels
                        + "; what it names is left out"),
                new ParseWarning(5, "item 2: «督办单位» is not a responsibility label " + labels
                        + "; what it names is left out"),
                new ParseWarning(5, "item 2 has no responsibility clause (牵头单位/责任单位…); it is left out"));
        assertThat(bulletin.plans().get(0).tasks()).singleElement().satisfies(task -> {
            assertThat(task.leadUnits()).containsExactly("市财政局");
            assertThat(task.cooperatingUnits()).isEmpty();
        });
    }

    @Test
    void importsAUnitNotInTheDirectoryAsWrittenWithOneWarningPerName() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 甲。（牵头单位：市财政局；配合单位：市甲乙工作领导小组
                
                成员单位，市直有关部门）
                2. 乙。（牵头单位：市甲乙工作领导小组成员单位（暂定））
                3. 丙。（牵头单位：市甲乙工作领导小组成员单位）
                """);
        assertThat(bulletin.warnings()).containsExactly(
                new ParseWarning(4, "unit «市甲乙工作领导小组成员单位» is not in the unit directory; it is imported as a new unit"),
                new ParseWarning(6, "unit «市直有关部门» is not in the unit directory; it is imported as a new unit"),
                new ParseWarning(7,
                        "unit «市甲乙工作领导小组成员单位(暂定)» is not in the unit directory; it is imported as a new unit"));
        assertThat(bulletin.plans().get(0).tasks()).extracting(ParsedTask::leadUnits).containsExactly(
                List.of("市财政局"), List.of("市甲乙工作领导小组成员单位(暂定)"), List.of("市甲乙工作领导小组成员单位"));
    }

    @Test
    void listsADocumentWithoutAnyResponsibilityClauseAsAPlanWithoutTasks() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 甲。（牵头单位：市财政局）

                # 聊城市人民政府
                聊政字〔2099〕3号
                ## 聊城市人民政府 关于印发丙方案的通知
                2099年1月3日
                ### 一、基本原则
                （一）坚持严保严管。强化保护意识。
                1. 宣传耕地保护政策。
                3. 保护提升耕地质量。
                """);
        assertThat(bulletin.plans()).extracting(ParsedPlan::number, p -> p.tasks().size())
                .containsExactly(tuple("聊政发〔2099〕1号", 1), tuple("聊政字〔2099〕3号", 0));
        assertThat(bulletin.warnings()).containsExactly(
                new ParseWarning(7, "document 聊政字〔2099〕3号 has no task with a responsibility clause"));
    }

    @Test
    void warnsAboutAResponsibilityClauseOutsideAnyItem() {
        ParsedBulletin bulletin = parse(HEADER + """
                1. 甲。（牵头单位：市财政局）
                另做好乙工作。（牵头单位：市民政局）
                """);
        assertThat(bulletin.warnings()).containsExactly(new ParseWarning(5,
                "a responsibility clause outside any numbered item or heading; it is left out"));
        assertThat(bulletin.plans().get(0).tasks()).singleElement()
                .satisfies(task -> assertThat(task.text()).isEqualTo("甲。"));
    }

    @Test
    void aWarningReadsWithItsLine() {
        assertThat(new ParseWarning(12, "item 12 has no responsibility clause (牵头单位/责任单位…); it is left out"))
                .hasToString("line 12: item 12 has no responsibility clause (牵头单位/责任单位…); it is left out");
    }
}
