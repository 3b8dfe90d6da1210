package gov.supervision.app.plan.parsing;

import org.junit.jupiter.api.Test;

import static gov.supervision.app.plan.parsing.Bulletins.HEADER;
import static gov.supervision.app.plan.parsing.Bulletins.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Each document is read on its own and reported as a plan, not a plan (and why) or unreadable (and where). */
class DocumentReadingTest {

    private static String document(String number, String title, String body) {
        return """

                # 聊城市人民政府文件
                %s
                ## %s
                2099年3月1日
                %s
                """.formatted(number, title, body);
    }

    @Test
    void anUnreadableDocumentDoesNotHoldUpTheOthers() {
        ParsedBulletin bulletin = parse(HEADER + "1. 甲。（牵头单位：市财政局）\n"
                + document("聊政发〔2099〕2号", "聊城市人民政府 关于做好乙工作的通知", "1. 乙。（牵头单位：市民政局")
                + document("聊政发〔2099〕3号", "聊城市人民政府 关于做好丙工作的通知", "1. 丙。（牵头单位：市水利局）"));

        assertThat(bulletin.plans()).extracting(ParsedPlan::number)
                .containsExactly("聊政发〔2099〕1号", "聊政发〔2099〕3号");
        assertThat(bulletin.documents()).extracting(DocumentReading::number, DocumentReading::kind,
                DocumentReading::tasks).containsExactly(
                tuple("聊政发〔2099〕1号", DocumentReading.Kind.PLAN, 1),
                tuple("聊政发〔2099〕2号", DocumentReading.Kind.UNREADABLE, 0),
                tuple("聊政发〔2099〕3号", DocumentReading.Kind.PLAN, 1));
        DocumentReading unreadable = bulletin.documents().get(1);
        assertThat(unreadable.error()).isEqualTo(new ParseWarning(10,
                "task 1: the responsibility parenthesis opened here is not closed"));
        assertThat(unreadable.firstLine()).isEqualTo(7);
        assertThat(bulletin.hasUnreadableDocuments()).isTrue();
        assertThat(bulletin.doubts()).contains(unreadable.error());
        // choosing the unreadable plan is its error; choosing another is fine
        assertThatThrownBy(() -> bulletin.requireReadable("聊政发〔2099〕2号"))
                .isInstanceOf(BulletinFormatException.class).hasMessageStartingWith("line 10: task 1:");
        bulletin.requireReadable("聊政发〔2099〕3号");
    }

    @Test
    void aLineTheRecordCannotHoldMakesOnlyItsDocumentUnreadable() {
        ParsedBulletin bulletin = parse(HEADER + "1. 甲。（牵头单位：市财政局）\n"
                + document("聊政发〔2099〕2号", "聊城市人民政府 关于做好乙工作的通知", "1. 乙\u0000。（牵头单位：市民政局）"));

        assertThat(bulletin.documents()).extracting(DocumentReading::kind)
                .containsExactly(DocumentReading.Kind.PLAN, DocumentReading.Kind.UNREADABLE);
        assertThat(bulletin.documents().get(1).error().line()).isEqualTo(10);
    }

    @Test
    void aBulletinWhoseEveryDocumentIsUnreadableFailsWhole() {
        assertThatThrownBy(() -> parse(HEADER + "1. 甲。（牵头单位：市财政局\n"))
                .isInstanceOf(BulletinFormatException.class)
                .hasMessage("line 4: task 1: the responsibility parenthesis opened here is not closed");
    }

    @Test
    void documentsThatAreNoPlansYieldNoTasksEvenWhenTheyNameUnitsAndLookLikeClauses() {
        ParsedBulletin bulletin = parse(HEADER + "1. 甲。（牵头单位：市财政局）\n"
                + document("聊政任〔2099〕4号", "聊城市人民政府 关于张三等同志职务任免的通知",
                        "任命张三为市财政局局长；免去李四的市民政局副局长职务。")
                + document("聊政发〔2099〕5号", "聊城市人民政府 关于表彰2098年度全市安全生产先进集体和先进个人的决定",
                        "1. 市教育局（推荐单位：市教育局；责任单位：市教育局）\n2. 市财政局（责任单位：市财政局）")
                + document("聊政发〔2099〕6号", "聊城市人民政府 关于印发聊城市市级预算管理办法的通知",
                        "第一条 为规范预算管理，制定本办法。\n第二条 市财政局负责全市预算管理工作。（责任单位：市财政局）")
                + document("聊政办字〔2099〕7号", "聊城市人民政府 关于加强财政资金管理的通知",
                        "第一条 市财政局负责。\n第二条 各县（市、区）人民政府负责。")
                + document("聊政发〔2099〕8号", "聊城市人民政府大事记（2099年2月）",
                        "19日，市政府召开全体会议。（牵头单位：市政府办公室）"));

        assertThat(bulletin.plans()).extracting(ParsedPlan::number).containsExactly("聊政发〔2099〕1号");
        assertThat(bulletin.documents()).extracting(DocumentReading::kind).containsExactly(
                DocumentReading.Kind.PLAN, DocumentReading.Kind.NOT_A_PLAN, DocumentReading.Kind.NOT_A_PLAN,
                DocumentReading.Kind.NOT_A_PLAN, DocumentReading.Kind.NOT_A_PLAN, DocumentReading.Kind.NOT_A_PLAN);
        assertThat(bulletin.documents()).extracting(DocumentReading::reason).containsExactly(
                "1 numbered items or headings carry a responsibility clause",
                "its title «关于张三等同志职务任免的通知» makes it an appointment notice (任免)",
                "its title «关于表彰2098年度全市安全生产先进集体和先进个人的决定» makes it an award list (表彰)",
                "its title «关于印发聊城市市级预算管理办法的通知» makes it a regulation or rule (办法/规定/条例)",
                "its 2 articles (第一条 …) make it a regulation or rule",
                "its title «聊城市人民政府大事记（2099年2月）» makes it a news item (大事记)");
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    void aPlanWithoutAnyResponsibilityClauseHasNoTasksAndOneWarningThatSaysWhy() {
        ParsedBulletin bulletin = parse(HEADER + "一、目标\n1. 甲。\n2. 乙。\n");

        assertThat(bulletin.documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentReading.Kind.PLAN);
            assertThat(d.tasks()).isZero();
            assertThat(d.reason()).contains("no item carries a responsibility clause");
        });
        assertThat(bulletin.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).isEqualTo("document 聊政发〔2099〕1号 has no task with a responsibility clause");
            assertThat(w.fix()).contains("(牵头单位：…)");
        });
    }

    @Test
    void aStrictImportRefusesAnyDoubtAndListsEach() {
        ParsedBulletin bulletin = parse(HEADER + "1. 甲。（牵头单位：市甲乙局）\n2. 乙。\n");

        assertThatThrownBy(() -> StrictImportRefused.check(bulletin, true))
                .isInstanceOfSatisfying(StrictImportRefused.class, e -> assertThat(e.doubts())
                        .extracting(ParseWarning::line).containsExactly(4, 5));
        StrictImportRefused.check(bulletin, false);
        StrictImportRefused.check(parse(HEADER + "1. 甲。（牵头单位：市财政局）\n"), true);
    }
}
