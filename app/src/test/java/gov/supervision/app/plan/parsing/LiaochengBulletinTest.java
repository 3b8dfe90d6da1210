package gov.supervision.app.plan.parsing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static gov.supervision.app.plan.parsing.Bulletins.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The shipped bulletin (Liaocheng 2021 no. 2), read exactly. Every expected value below was read by hand from the
 * bulletin text, not copied from the parser's output.
 */
class LiaochengBulletinTest {

    static final String COUNTIES = "各县(市、区)人民政府";
    static final String ZONES = "市属开发区管委会";
    static final String ALL_CITY_UNITS = "市直各部门各单位";

    static ParsedBulletin bulletin;
    static ParsedPlan plan;
    static ParsedPlan opinion;

    @BeforeAll
    static void parse() {
        bulletin = Bulletins.parse(Bulletins.liaocheng());
        plan = bulletin.plan("聊政发〔2021〕1号").orElseThrow();
        opinion = bulletin.plan("聊政发〔2021〕2号").orElseThrow();
    }

    @Test
    void listsTheThreeDocumentsWithTheirTitlesAndIssueDates() {
        assertThat(bulletin.plans()).extracting(ParsedPlan::number, ParsedPlan::title, ParsedPlan::issuedOn)
                .containsExactly(
                        tuple("聊政发〔2021〕1号",
                                "关于印发2021年市政府工作报告重点工作任务部门分工方案的通知", LocalDate.of(2021, 2, 10)),
                        tuple("聊政发〔2021〕2号", "关于健全完善公共卫生体系的实施意见",
                                LocalDate.of(2021, 2, 28)),
                        tuple("聊政字〔2021〕3号",
                                "关于印发聊城市耕地保护“田长制”实施方案的通知", LocalDate.of(2021, 2, 26)));
        assertThat(bulletin.plans()).extracting(p -> p.tasks().size()).containsExactly(150, 20, 0);
    }

    @Test
    void thePlanHas150TasksNumberedWithoutGapsEachWithASectionAndALeadUnit() {
        assertThat(plan.tasks()).extracting(ParsedTask::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 150).boxed().toList());
        assertThat(plan.tasks()).extracting(ParsedTask::label)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 150).mapToObj(String::valueOf).toList());
        assertThat(plan.tasks()).allSatisfy(task -> {
            assertThat(task.section()).isNotBlank();
            assertThat(task.leadUnits()).isNotEmpty();
            assertThat(task.text()).isNotBlank().doesNotContain("牵头单位").doesNotContain("配合单位");
            assertThat(task.sourceLines()).hasSize(2);
        });
    }

    @Test
    void readsTheTasksAfterTheCoveringNoticeUnderTheirSections() {
        assertThat(task(plan, 1).section()).isEqualTo("一、主要预期目标");
        assertThat(task(plan, 1).sourceLines()).containsExactly(119, 119);
        assertThat(task(plan, 9).section()).isEqualTo("二、聚焦聚力创新驱动,重塑产业发展新优势");
        assertThat(task(plan, 39).section()).isEqualTo("四、聚焦聚力两大循环，构建经济发展新格局");
        assertThat(task(plan, 52).section()).isEqualTo("五、聚焦聚力改革攻坚，激发市场主体新活力");
        assertThat(task(plan, 150).section()).isEqualTo("十、聚焦聚力作风转变，推进治理能力新提升");
        assertThat(plan.tasks()).extracting(ParsedTask::section).doesNotContain("一、坚定信心，争先进位");
    }

    static Stream<Arguments> handCheckedTasks() {
        return Stream.of(
                arguments(8, List.of("陈秀兴", "成伟"), List.of("市应急局", "市发展改革委", "市生态环境局"),
                        List.of("市安委会成员单位", COUNTIES, ZONES)),
                arguments(9, List.of("陈秀兴"), List.of("市工业和信息化局"),
                        List.of("市制造业强市建设专班成员单位", COUNTIES, ZONES)),
                arguments(12, List.of("秦存华"), List.of("市委组织部"),
                        List.of("市发展改革委", "市教育体育局", "市科技局", "市工业和信息化局", "市人力资源社会保障局",
                                "市卫生健康委", "市国资委", COUNTIES, ZONES)),
                arguments(17, List.of("陈秀兴"), List.of("市发展改革委"),
                        List.of("市工业和信息化局", "市自然资源和规划局", "东昌府区人民政府", "经济开发区管委会")),
                arguments(24, List.of("田中俊"), List.of("市交通运输局"),
                        List.of("市公安局", "市财政局", "市自然资源和规划局", "市铁路投资发展有限公司",
                                "沿线有关县(市、区)人民政府")),
                arguments(31, List.of("陈秀兴"), List.of("市发展改革委"),
                        List.of("市财政局", "市自然资源和规划局", "市住房城乡建设局", "市交通运输局", "市水利局",
                                "市气象局", "东昌府区人民政府", "冠县人民政府", "莘县人民政府")),
                arguments(37, List.of("秦存华", "马卫红"), List.of("市委组织部", "市商务投资促进局"),
                        List.of("市发展改革委", "市教育体育局", "市科技局", "市工业和信息化局", "市财政局",
                                "市人力资源社会保障局", "市卫生健康委", "市国资委", COUNTIES, ZONES)),
                arguments(42, List.of("马卫红"), List.of("市商务投资促进局"),
                        List.of("市发展改革委", "市住房城乡建设局", "市文化和旅游局", "市农业农村局", "市市场监管局",
                                "市城管局", COUNTIES, ZONES)),
                arguments(47, List.of("马卫红"), List.of("市卫生健康委"),
                        List.of("市民政局", "市市场监管局", "市医保局", "临清市人民政府", "冠县人民政府",
                                "东阿县人民政府")),
                arguments(55, List.of("陈秀兴"), List.of("市行政审批局"), List.of("市市场监管局")),
                arguments(62, List.of("马卫红"), List.of("市地方金融监管局"),
                        List.of("人行聊城市中心支行", "聊城银保监分局", COUNTIES, ZONES)),
                arguments(65, List.of("陈秀兴", "马卫红"), List.of("市商务投资促进局", "市科技局", "市文化和旅游局"),
                        List.of("市推动开发区改革创新领导小组成员单位", "各县(市、区)党委政府", "经济开发区党工委管委会",
                                "高新区党工委管委会", "旅游度假区党工委管委会")),
                arguments(72, List.of("田中俊"), List.of("市住房城乡建设局"), List.of(COUNTIES, ZONES)),
                arguments(78, List.of("秦存华", "何宪卓"), List.of("市扶贫开发办"),
                        List.of("市扶贫开发领导小组成员单位", COUNTIES, ZONES)),
                arguments(79, List.of("秦存华", "何宪卓"), List.of("市委组织部", "市扶贫开发办", "市农业农村局"),
                        List.of("市财政局", "市自然资源和规划局", "市地方金融监管局", "人行聊城市中心支行",
                                "聊城银保监分局", COUNTIES, ZONES)),
                arguments(83, List.of("田中俊"), List.of("市自然资源和规划局"),
                        List.of("东昌府区人民政府", "旅游度假区管委会")),
                arguments(84, List.of("田中俊"), List.of("市自然资源和规划局", "市住房城乡建设局"),
                        List.of("东昌府区人民政府", "旅游度假区管委会")),
                arguments(90, List.of("田中俊"), List.of("市住房城乡建设局"),
                        List.of("市发展改革委", "市财政局", "市自然资源和规划局", COUNTIES, ZONES)),
                arguments(103, List.of("陈秀兴"), List.of("市发展改革委"), List.of("市水利局", COUNTIES, ZONES)),
                arguments(119, List.of("成伟"), List.of("市国防动员委员会办公室", "市退役军人局"),
                        List.of("市国防动员委员会成员单位", COUNTIES, ZONES)),
                arguments(123, List.of("田中俊"), List.of("市教育体育局"),
                        List.of("市财政局", "市自然资源和规划局", "市住房城乡建设局", "市市场监管局", COUNTIES, ZONES)),
                arguments(127, List.of("田中俊"), List.of("市教育体育局"),
                        List.of("市发展改革委", "市财政局", "市自然资源和规划局", "市住房城乡建设局", "市行政审批局",
                                "聊城大学", "市财信投资有限公司", "高唐县人民政府", "开发区管委会")),
                arguments(129, List.of("马卫红"), List.of("市卫生健康委"),
                        List.of("市发展改革委", "市财政局", "市人力资源社会保障局", "市自然资源和规划局",
                                "市生态环境局", "市住房城乡建设局", "市行政审批局", "市医保局", COUNTIES, ZONES)),
                arguments(134, List.of("田中俊"), List.of("市教育体育局"),
                        List.of("市公安局", "市财政局", "市旅发集团", "聊城大学", COUNTIES, ZONES)),
                arguments(135, List.of("王彤宇", "成伟"), List.of("市委政法委", "市公安局"),
                        List.of("市委组织部", "市人民检察院", "市中级人民法院", "市司法局", "市信访局", "市国安局",
                                COUNTIES, ZONES)),
                arguments(138, List.of("市政府各位副市长"),
                        List.of("市档案馆", "市委党史研究院", "市地震监测中心", "市气象中心", "市外办", "市委统战部",
                                "市发展改革委", "市妇联", "市残联", "市关工委", "市革命老区促进会"),
                        List.of(ALL_CITY_UNITS, COUNTIES, ZONES)),
                arguments(143, List.of("荣红智", "市委常委、市纪委书记"), List.of("市纪委监委机关", "市委宣传部"),
                        List.of(ALL_CITY_UNITS, COUNTIES, ZONES)),
                arguments(145, List.of("陈秀兴", "荣红智"), List.of("市民热线受理中心"),
                        List.of(ALL_CITY_UNITS, COUNTIES, ZONES)),
                arguments(147, List.of("陈秀兴"), List.of("市政府办公室"), List.of(ALL_CITY_UNITS, COUNTIES, ZONES)),
                arguments(150, List.of("秦存华", "市委常委、市纪委书记"), List.of("市纪委监委机关", "市委组织部"),
                        List.of(ALL_CITY_UNITS, COUNTIES, ZONES)));
    }

    @ParameterizedTest(name = "task {0}")
    @MethodSource("handCheckedTasks")
    void readsTheResponsibilitiesAsWrittenAfterAliasResolution(int number, List<String> leaders,
                                                                List<String> leadUnits, List<String> cooperating) {
        ParsedTask task = task(plan, number);
        assertThat(task.leadLeaders()).containsExactlyElementsOf(leaders);
        assertThat(task.leadUnits()).containsExactlyElementsOf(leadUnits);
        assertThat(task.cooperatingUnits()).containsExactlyElementsOf(cooperating);
    }

    @Test
    void keepsTheSubItemsOfTask8InOneTask() {
        ParsedTask task = task(plan, 8);
        assertThat(task.text()).isEqualTo("各类约束性指标全面完成省定目标(1) 安全生产。(2) 节能减排。");
        assertThat(task.sourceLines()).containsExactly(126, 131);
    }

    @Test
    void joinsTextAndNamesSplitAcrossPageBreaks() {
        assertThat(task(plan, 12).text()).startsWith("大力引进培育国家、省高层次人才, 积极吸引聊城籍优秀人才回乡创新创业");
        assertThat(task(plan, 24).text()).isEqualTo("加快济郑高铁施工，开工建设雄商高铁。");
        assertThat(task(plan, 24).sourceLines()).containsExactly(171, 173);
        assertThat(task(plan, 37).sourceLines()).containsExactly(201, 205);
        assertThat(task(plan, 62).text())
                .isEqualTo("畅通金融服务实体经济渠道，扩大金融辅导成效，引导银行、风投、基金等机构加大对小微企业、民营企业的支持。");
        assertThat(task(plan, 72).sourceLines()).containsExactly(289, 293);
        assertThat(task(plan, 83).sourceLines()).containsExactly(319, 323);
        assertThat(task(plan, 123).text()).isEqualTo("加快中小学餐厅建设,让学生们吃上放心午餐。");
        assertThat(task(plan, 129).sourceLines()).containsExactly(431, 433);
        assertThat(task(plan, 147).sourceLines()).containsExactly(477, 479);
    }

    @Test
    void keepsStrayLatinWordsAndSpacesInTheTextAsWritten() {
        assertThat(task(plan, 65).text()).endsWith("各类开发区力争在国家 and 省考核中实现争先进位。");
        assertThat(task(plan, 103).text()).isEqualTo("万元GDP能耗、水耗下降率完成省定任务。");
        assertThat(task(plan, 9).text()).isEqualTo("大力实施制造业强市战略, 制造业增加值增长6%以上。");
    }

    @Test
    void theOpinionHas20TasksWithItsSubHeadingsAndSubItems() {
        assertThat(opinion.tasks()).extracting(ParsedTask::label).containsExactly(
                "(一)", "(二)", "(三)", "(四)1", "(四)2", "(四)3", "(五)1", "(五)2", "(五)3", "(五)4",
                "(六)", "(七)", "(八)", "(九)", "(十)", "(十一)",
                "(一)", "(二)", "(三)", "(四)");
        assertThat(opinion.tasks()).extracting(ParsedTask::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(opinion.tasks()).allSatisfy(task -> {
            assertThat(task.leadLeaders()).isEmpty();
            assertThat(task.leadUnits()).hasSize(1);
            assertThat(task.cooperatingUnits()).isNotEmpty();
        });
    }

    @Test
    void readsTheOpinionsSectionsAndResponsibilities() {
        ParsedTask first = task(opinion, 1);
        assertThat(first.section()).isEqualTo("二、主要任务 (一)加强公共卫生法治保障体系建设");
        assertThat(first.text()).startsWith("落实修订后的《山东省突发公共卫生事件应急办法》，对突发公共卫生事件报告、处理控制、");
        assertThat(first.leadUnits()).containsExactly("市卫生健康委");
        assertThat(first.cooperatingUnits()).containsExactly("市司法局", "市应急局");
        assertThat(first.sourceLines()).containsExactly(503, 507);

        ParsedTask third = task(opinion, 3);
        assertThat(third.section()).isEqualTo("二、主要任务 (三)加强公共卫生事件决策指挥体系建设");
        assertThat(third.cooperatingUnits()).containsExactly("市委编办");

        ParsedTask subItem = task(opinion, 5);
        assertThat(subItem.label()).isEqualTo("(四)2");
        assertThat(subItem.section()).isEqualTo("二、主要任务 (四)加强疾病预防控制体系建设");
        assertThat(subItem.text()).startsWith("提升基层防控能力。加快推进").contains("基层医疗卫生服务能力的意见》（聊发〔2019〕13号）落实");
        assertThat(subItem.leadUnits()).containsExactly("市卫生健康委");
        assertThat(subItem.cooperatingUnits()).containsExactly("市委编办", "市财政局", "市人力资源社会保障局",
                "市教育体育局", "市医保局", COUNTIES, ZONES);
        assertThat(subItem.sourceLines()).containsExactly(523, 525);

        ParsedTask talent = task(opinion, 15);
        assertThat(talent.label()).isEqualTo("(十)");
        assertThat(talent.leadUnits()).containsExactly("市委组织部");
        assertThat(talent.cooperatingUnits()).containsExactly("市委编办", "市人力资源社会保障局", "市教育体育局",
                "市卫生健康委", "市发展改革委", "市财政局");

        ParsedTask last = task(opinion, 20);
        assertThat(last.section()).isEqualTo("三、保障措施 (四)营造良好社会氛围");
        assertThat(last.text()).startsWith("营造良好社会氛围。开展健康理念").endsWith("依法打击处理借机造谣滋事者。");
        assertThat(last.leadUnits()).containsExactly("市卫生健康委");
        assertThat(last.cooperatingUnits()).containsExactly("市委宣传部", "市委网信办", "市文化和旅游局", "市公安局");
    }

    @Test
    void warnsAboutTheSchemeWithoutTasksAndEachNewUnitOnce() {
        assertThat(bulletin.warnings()).contains(
                new ParseWarning(588, "document 聊政字〔2021〕3号 has no task with a responsibility clause"),
                new ParseWarning(119, "unit «市直各部门各单位» is not in the unit directory; it is imported as a new unit"),
                new ParseWarning(127, "unit «市安委会成员单位» is not in the unit directory; it is imported as a new unit"),
                new ParseWarning(173,
                        "unit «沿线有关县(市、区)人民政府» is not in the unit directory; it is imported as a new unit"),
                new ParseWarning(427, "unit «开发区管委会» is not in the unit directory; it is imported as a new unit"));
        // the collective names (…成员单位, 市直各部门各单位) are not units the directory should invent
        assertThat(bulletin.warnings()).filteredOn(w -> w.message().startsWith("unit «"))
                .extracting(w -> w.message().substring(6, w.message().indexOf('»')))
                .containsExactly("市直各部门各单位", "市安委会成员单位", "市制造业强市建设专班成员单位",
                        "沿线有关县(市、区)人民政府", "市运河保护开发委员会成员单位",
                        "市持续深入优化营商环境和推进政府职能转变领导小组成员单位", "市优化提升工程建设项目审批制度改革领导小组成员单位",
                        "市国有企业改革领导小组成员单位", "市直有关部门", "市推动开发区改革创新领导小组成员单位",
                        "各县(市、区)党委政府", "经济开发区党工委管委会", "高新区党工委管委会", "旅游度假区党工委管委会",
                        "市委农业农村委员会成员单位", "市美丽乡村暨农村人居环境整治工作领导小组成员单位",
                        "市扶贫开发领导小组成员单位", "市高铁新区规划建设工作领导小组成员单位",
                        "市房地产调控(风险应急)联席会议成员单位", "市城市生活垃圾分类工作联席会议成员单位",
                        "市大气污染防治领导小组成员单位", "市河长制办公室成员单位", "市国防动员委员会成员单位",
                        "城校融合发展领导小组成员单位", "开发区管委会", "市爱国卫生运动委员会成员单位",
                        "市促进中医药发展工作领导小组成员单位");
        assertThat(bulletin.warnings()).hasSize(28);
    }
}
