package gov.supervision.app.plan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The basic parser reads the 2021 plan of the shipped bulletin. */
class BulletinParserTest {

    static ParsedPlan plan;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = BulletinParserTest.class.getResourceAsStream("/bulletins/liaocheng-2021-02.txt")) {
            plan = new BulletinParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "聊政发〔2021〕1号");
        }
    }

    @Test
    void finds150TasksNumberedWithoutGapsEachWithASectionAndALeadUnit() {
        assertThat(plan.tasks()).extracting(ParsedTask::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 150).boxed().toList());
        assertThat(plan.tasks()).allSatisfy(task -> {
            assertThat(task.section()).isNotBlank();
            assertThat(task.leadUnits()).isNotEmpty();
            assertThat(task.text()).isNotBlank().doesNotContain("牵头单位");
        });
        assertThat(plan.title()).isEqualTo("关于印发2021年市政府工作报告重点工作任务部门分工方案的通知");
    }

    @Test
    void readsTheSectionsOfThePlan() {
        assertThat(task(1).section()).isEqualTo("一、主要预期目标");
        assertThat(task(39).section()).isEqualTo("四、聚焦聚力两大循环，构建经济发展新格局");
        assertThat(task(150).section()).isEqualTo("十、聚焦聚力作风转变，推进治理能力新提升");
    }

    @Test
    void readsAPlainTask() {
        ParsedTask task = task(9);
        assertThat(task.text()).isEqualTo("大力实施制造业强市战略, 制造业增加值增长6%以上。");
        assertThat(task.leadLeaders()).containsExactly("陈秀兴");
        assertThat(task.leadUnits()).containsExactly("市工业和信息化局");
        assertThat(task.cooperatingUnits())
                .containsExactly("市制造业强市建设专班成员单位", "各县(市、区)人民政府", "市属开发区管委会");
    }

    @Test
    void joinsAResponsibilityParenthesisOnItsOwnParagraph() {
        ParsedTask task = task(24);
        assertThat(task.text()).isEqualTo("加快济郑高铁施工，开工建设雄商高铁。");
        assertThat(task.leadUnits()).containsExactly("市交通运输局");
        assertThat(task.cooperatingUnits()).containsExactly("市公安局", "市财政局", "市自然资源和规划局",
                "市铁路投资发展有限公司", "沿线有关县(市、区)人民政府");
    }

    @Test
    void joinsANameSplitAcrossAPageBreak() {
        ParsedTask task = task(37);
        assertThat(task.leadLeaders()).containsExactly("秦存华", "马卫红");
        assertThat(task.leadUnits()).containsExactly("市委组织部", "市商务投资促进局");
        assertThat(task.cooperatingUnits()).contains("市国资委", "各县(市、区)人民政府", "市属开发区管委会");
        assertThat(task.sourceLines()).containsExactly(201, 205);
    }

    @Test
    void readsTheSubItemsOfATaskAndAllTheirResponsibilities() {
        ParsedTask task = task(8);
        assertThat(task.text()).startsWith("各类约束性指标全面完成省定目标").contains("(1) 安全生产。").contains("(2) 节能减排。");
        assertThat(task.leadLeaders()).containsExactly("陈秀兴", "成伟");
        assertThat(task.leadUnits()).containsExactly("市应急局", "市发展改革委", "市生态环境局");
    }

    @Test
    void readsATitleInPlaceOfASecondLeader() {
        assertThat(task(143).leadLeaders()).containsExactly("荣红智", "市委常委、市纪委书记");
        assertThat(task(143).leadUnits()).containsExactly("市纪委监委机关", "市委宣传部");
        assertThat(task(150).leadLeaders()).containsExactly("秦存华", "市委常委、市纪委书记");
    }

    @Test
    void dropsTheTrailingDengOfAnOpenList() {
        assertThat(task(138).leadUnits()).endsWith("市革命老区促进会").hasSize(11);
        assertThat(task(138).leadLeaders()).containsExactly("市政府各位副市长");
    }

    @Test
    void namesTheLinesOfATaskWithoutLeadUnit() {
        String text = """
                聊政发〔2099〕1号
                # 一、目标
                1. 做好工作。(牵头领导: 张三; 配合单位: 市财政局)
                """;
        assertThatThrownBy(() -> new BulletinParser().parse(text, "聊政发〔2099〕1号"))
                .hasMessage("lines 3-3: task 1 names no lead unit (expected a parenthesis with 牵头单位 or 责任单位)");
    }

    @Test
    void namesTheLinesOfATaskWhoseParenthesisIsNotClosed() {
        String text = """
                聊政发〔2099〕1号
                # 一、目标
                1. 做好工作。(牵头领导: 张三; 牵头单位: 市财政局
                2. 做好另一项工作。
                """;
        assertThatThrownBy(() -> new BulletinParser().parse(text, "聊政发〔2099〕1号"))
                .isInstanceOf(BulletinFormatException.class)
                .hasMessage("lines 3-3: task 1: the responsibility parenthesis is not closed");
    }

    private static ParsedTask task(int number) {
        List<ParsedTask> tasks = plan.tasks();
        return tasks.get(number - 1);
    }
}
