package gov.supervision.app.plan.parsing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static gov.supervision.app.plan.parsing.Bulletins.parse;
import static gov.supervision.app.plan.parsing.Bulletins.plan;
import static gov.supervision.app.plan.parsing.Bulletins.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Each format the city's bulletins use, in a small hand-made text. */
class BulletinFormatsTest {

    @Test
    void findsEachDocumentByItsNumberOnALineOfItsOwnWithOcrBracketsAroundTheYear() {
        ParsedBulletin bulletin = parse("""
                # 目 录
                - 关于甲的通知 聊政发〔2099〕1号……2
                刊号：聊新出准字【2008】13号

                # 聊城市人民政府文件
                聊政发[2099]1号
                ## 聊城市人民政府 关于做好甲工作的 通知
                1. 做好甲工作。（牵头单位：市财政局）
                聊城市人民政府
                2099 年 3 月 5 日

                # 聊城市人民政府办公室文件
                聊政办字(2099)12号
                ## 聊城市人民政府办公室关于做好乙工作的意见
                1. 做好乙工作。（牵头单位：市民政局）
                2099年4月1日

                聊政字【2099】3号
                ## 关于印发丙方案的通知
                2099年5月6日
                """);
        assertThat(bulletin.plans()).extracting(ParsedPlan::number, ParsedPlan::title, ParsedPlan::issuedOn)
                .containsExactly(
                        tuple("聊政发〔2099〕1号", "关于做好甲工作的通知", LocalDate.of(2099, 3, 5)),
                        tuple("聊政办字〔2099〕12号", "关于做好乙工作的意见", LocalDate.of(2099, 4, 1)),
                        tuple("聊政字〔2099〕3号", "关于印发丙方案的通知", LocalDate.of(2099, 5, 6)));
        assertThat(bulletin.plan("聊政办字〔2099〕12号").orElseThrow().tasks()).extracting(ParsedTask::leadUnits)
                .containsExactly(List.of("市民政局"));
        assertThat(bulletin.plan("聊政发[2099]1号")).isPresent();
        assertThat(bulletin.plan("聊政发〔2099〕9号")).isEmpty();
    }

    @Test
    void readsADocumentThatGoesStraightFromItsNumberToItsItems() {
        ParsedBulletin bulletin = parse("""
                聊政发〔2099〕1号
                # 一、目标
                1. 做好工作。(牵头领导: 张三; 牵头单位: 市财政局)
                **二、保障**
                2. 做好保障。(牵头单位: 市财政局)
                """);
        ParsedPlan plan = bulletin.plans().get(0);
        assertThat(plan.title()).isEmpty();
        assertThat(plan.issuedOn()).isNull();
        assertThat(plan.tasks()).extracting(ParsedTask::section, ParsedTask::text)
                .containsExactly(tuple("一、目标", "做好工作。"), tuple("二、保障", "做好保障。"));
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    void readsTheTasksOfThePlanAttachedAfterTheSignedCoveringNotice() {
        ParsedBulletin bulletin = parse("""
                聊政发〔2099〕1号
                ## 聊城市人民政府 关于印发甲方案的通知
                现将《甲方案》印发给你们。
                ### 一、提高认识
                1. 各级各部门要高度重视。
                ### 二、加强督导
                市政府办公室要定期调度。
                聊城市人民政府
                2099年2月10日
                # 甲方案
                ## 一、主要目标
                1. 做好甲工作。（牵头单位：市财政局）
                """);
        ParsedPlan plan = bulletin.plans().get(0);
        assertThat(plan.issuedOn()).isEqualTo(LocalDate.of(2099, 2, 10));
        assertThat(plan.tasks()).extracting(ParsedTask::label, ParsedTask::section, ParsedTask::text)
                .containsExactly(tuple("1", "一、主要目标", "做好甲工作。"));
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    void readsNumberedItemsWrittenInEveryWay() {
        ParsedPlan plan = plan("""
                一、目标
                1. 做好一。（牵头单位：市财政局）
                2、做好二。（牵头单位：市财政局）
                3．做好三。（牵头单位：市财政局）
                - 4. 做好四，新开工棚户区改造
                1.5万套。（牵头单位：市财政局）
                5.打造五。（牵头单位：市财政局）
                """);
        assertThat(plan.tasks()).extracting(ParsedTask::number, ParsedTask::label, ParsedTask::text).containsExactly(
                tuple(1, "1", "做好一。"), tuple(2, "2", "做好二。"), tuple(3, "3", "做好三。"),
                tuple(4, "4", "做好四，新开工棚户区改造1.5万套。"), tuple(5, "5", "打造五。"));
        assertThat(task(plan, 4).sourceLines()).containsExactly(8, 9);
    }

    @Test
    void namesTheSectionAndSubHeadingAboveEachTaskWithOrWithoutMarkdown() {
        ParsedPlan plan = plan("""
                ## 一、 聚焦 创新驱动
                1. 做好一。（牵头单位：市财政局）
                二、聚焦项目建设
                （一）交通项目
                2. 做好二。（牵头单位：市财政局）
                #### (二) 水利项目
                3. 做好三。（牵头单位：市财政局）
                ### 三、聚焦民生
                4. 做好四。（牵头单位：市财政局）
                """);
        // numbered straight through, the number alone names each task; sub-headings show in the section
        assertThat(plan.tasks()).extracting(ParsedTask::label, ParsedTask::section).containsExactly(
                tuple("1", "一、聚焦创新驱动"),
                tuple("2", "二、聚焦项目建设 (一)交通项目"),
                tuple("3", "二、聚焦项目建设 (二)水利项目"),
                tuple("4", "三、聚焦民生"));
    }

    @Test
    void readsASectionStructuredOpinion() {
        ParsedPlan plan = plan("""
                ### 一、总体要求
                坚持以人民为中心，着力补短板。
                ### 二、主要任务
                #### （一）加强法治保障
                落实应急办法，加强普法
                宣传。（牵头单位：市卫生健康委；责任单位：市司法局、市应急局）
                (二)加强信息体系建设
                建设全民健康信息平台。（牵头单位：市卫生健康委；责任单位：市大数据局）
                #### （三）加强疾病预防控制体系建设
                各级要强化以下工作：
                1. 强化疾控机构建设。（牵头单位：市卫生健康委；责任单位：市委编办）
                2. 提升基层防控能力。（牵头单位：市卫生健康委；责任单位：市财政局）
                ### 三、保障措施
                （一）切实加强组织领导。各级政府要高度重视。（牵头单位：市卫生健康委；责任单位：市发展改革委）
                四、加强宣传。各地要加大宣传力度。（牵头单位：市委宣传部；责任单位：市委网信办）
                """);
        assertThat(plan.tasks()).extracting(ParsedTask::label, ParsedTask::section, ParsedTask::text).containsExactly(
                tuple("(一)", "二、主要任务 (一)加强法治保障", "落实应急办法，加强普法宣传。"),
                tuple("(二)", "二、主要任务 (二)加强信息体系建设", "建设全民健康信息平台。"),
                tuple("(三)1", "二、主要任务 (三)加强疾病预防控制体系建设", "强化疾控机构建设。"),
                tuple("(三)2", "二、主要任务 (三)加强疾病预防控制体系建设", "提升基层防控能力。"),
                tuple("(一)", "三、保障措施 (一)切实加强组织领导", "切实加强组织领导。各级政府要高度重视。"),
                tuple("四", "四、加强宣传", "加强宣传。各地要加大宣传力度。"));
        assertThat(task(plan, 1).sourceLines()).containsExactly(7, 9);
        assertThat(task(plan, 1).leadUnits()).containsExactly("市卫生健康委");
        assertThat(task(plan, 1).cooperatingUnits()).containsExactly("市司法局", "市应急局");
    }

    @Test
    void makesOneTaskOfAnItemWhoseSubItemsHaveTheirOwnClauses() {
        ParsedPlan plan = plan("""
                一、目标
                1. 各类约束性指标全面完成
                  - (1) 安全生产。(牵头领导: 陈秀兴; 牵头单位: 市应急局; 配合单位: 市消防救援

                支队, 各县(市、区)人民政府)

                - (2) 节能减排。(牵头领导: 陈秀兴、成伟; 牵头单位: 市发展改革委、市生态环境局; 配合单位: 各县(市、区)人民政府)
                2. 下一项。（牵头单位：市财政局）
                """);
        ParsedTask task = task(plan, 1);
        assertThat(task.text()).isEqualTo("各类约束性指标全面完成(1) 安全生产。(2) 节能减排。");
        assertThat(task.leadLeaders()).containsExactly("陈秀兴", "成伟");
        assertThat(task.leadUnits()).containsExactly("市应急局", "市发展改革委", "市生态环境局");
        assertThat(task.cooperatingUnits()).containsExactly("市消防救援支队", "各县(市、区)人民政府");
        assertThat(task.sourceLines()).containsExactly(5, 10);
        assertThat(plan.tasks()).hasSize(2);
    }

    @Test
    void readsEveryLabelInEveryCombination() {
        ParsedPlan plan = plan("""
                一、目标
                1. 甲。（牵头领导：张三；牵头单位：市财政局；配合单位：市税务局）
                2. 乙。（责任单位：市民政局、市财政局、市税务局）
                3. 丙。（负责单位：市水利局）
                4. 丁。（责任部门：市城管局、市公安局）
                5. 戊。（牵头单位：市卫生健康委；责任单位：市司法局）
                6. 己。（牵头单位：市卫生健康委；负责单位：市医保局；配合单位：市财政局）
                7. 庚。（牵头领导：李四；责任部门：市教育体育局）
                8. 辛。（配合单位：市科技局；牵头单位：市大数据局）
                """);
        assertThat(plan.tasks()).extracting(ParsedTask::leadLeaders, ParsedTask::leadUnits,
                ParsedTask::cooperatingUnits).containsExactly(
                tuple(List.of("张三"), List.of("市财政局"), List.of("市税务局")),
                tuple(List.of(), List.of("市民政局", "市财政局", "市税务局"), List.of()),
                tuple(List.of(), List.of("市水利局"), List.of()),
                tuple(List.of(), List.of("市城管局", "市公安局"), List.of()),
                tuple(List.of(), List.of("市卫生健康委"), List.of("市司法局")),
                tuple(List.of(), List.of("市卫生健康委"), List.of("市医保局", "市财政局")),
                tuple(List.of("李四"), List.of("市教育体育局"), List.of()),
                tuple(List.of(), List.of("市大数据局"), List.of("市科技局")));
    }

    @Test
    void readsFullAndHalfWidthPunctuationAlike() {
        ParsedPlan plan = plan("""
                一、目标
                1. 甲。(牵头领导:张三;牵头单位:市财政局,市税务局;配合单位:各县(市、区)人民政府)
                2. 乙。（牵头领导：张三；牵头单位：市财政局，市税务局；配合单位：各县（市、区）人民政府）
                3. 丙。(牵头领导： 张三; 牵头单位:市财政局；市税务局 ，配合单位: 各县（市、区)人民政府）
                """);
        assertThat(plan.tasks()).allSatisfy(task -> {
            assertThat(task.leadLeaders()).containsExactly("张三");
            assertThat(task.leadUnits()).containsExactly("市财政局", "市税务局");
            assertThat(task.cooperatingUnits()).containsExactly("各县(市、区)人民政府");
        });
    }

    @Test
    void readsAResponsibilityParenthesisOnItsOwnParagraph() {
        ParsedPlan plan = plan("""
                一、目标
                1. 加快济郑高铁施工。



                (牵头领导:田中俊;牵头单位:市交通运输局)

                2. 下一项。（牵头单位：市财政局）
                """);
        assertThat(task(plan, 1).text()).isEqualTo("加快济郑高铁施工。");
        assertThat(task(plan, 1).leadUnits()).containsExactly("市交通运输局");
        assertThat(task(plan, 1).sourceLines()).containsExactly(5, 9);
    }

    @Test
    void joinsTextLabelsAndNamesSplitAcrossPageBreaksAndBlankLines() {
        ParsedPlan plan = plan("""
                一、目标
                1. 大力引进人才，积

                极吸引人才回乡，加强 ICU

                beds 建设，达到 ISO

                9001 标准。（牵

                头领导：秦存华、

                何宪卓；牵头单位：市委组织部；配

                合单位：市自然资源和

                规划局，市属开

                发区管委会）
                """);
        ParsedTask task = task(plan, 1);
        assertThat(task.text()).isEqualTo("大力引进人才，积极吸引人才回乡，加强 ICU beds 建设，达到 ISO 9001 标准。");
        assertThat(task.leadLeaders()).containsExactly("秦存华", "何宪卓");
        assertThat(task.leadUnits()).containsExactly("市委组织部");
        assertThat(task.cooperatingUnits()).containsExactly("市自然资源和规划局", "市属开发区管委会");
        assertThat(task.sourceLines()).containsExactly(5, 21);
    }

    @Test
    void joinsAnItemContinuedOnTheNextPage() {
        ParsedPlan plan = plan("""
                一、目标
                1. 推进城乡道路建设，加快（下转第10页）

                （上接第9页）主干道改造。（牵头单位：市交通运输局）
                2. 下一项。（牵头单位：市财政局）
                """);
        assertThat(task(plan, 1).text()).isEqualTo("推进城乡道路建设，加快主干道改造。");
        assertThat(task(plan, 1).sourceLines()).containsExactly(5, 7);
        assertThat(plan.tasks()).hasSize(2);
    }

    @Test
    void joinsTheHalvesOfAnItemPrintedPagesApartWithAnotherDocumentInBetween() {
        ParsedBulletin bulletin = parse("""
                # 聊城市人民政府文件
                聊政发〔2099〕1号
                ## 聊城市人民政府 关于做好甲工作的通知
                2099年1月1日
                一、目标
                1. 做好第一项工作。（牵头单位：市财政局）
                2. 推进城乡道路建设，加快（下转第14页）

                # 聊城市人民政府文件
                聊政发〔2099〕2号
                ## 聊城市人民政府 关于做好乙工作的意见
                2099年1月2日
                1. 做好乙工作。（牵头单位：市民政局；配合单位：市财政局）

                （上接第3页）主干道改造。（牵头领导：田中俊；牵头单位：市交通运输（下转第15页）
                （上接第14页）局）
                3. 做好第三项工作。（牵头单位：市水利局）
                """);
        ParsedPlan first = bulletin.plan("聊政发〔2099〕1号").orElseThrow();
        assertThat(first.tasks()).extracting(ParsedTask::label, ParsedTask::text, ParsedTask::leadUnits)
                .containsExactly(
                        tuple("1", "做好第一项工作。", List.of("市财政局")),
                        tuple("2", "推进城乡道路建设，加快主干道改造。", List.of("市交通运输局")),
                        tuple("3", "做好第三项工作。", List.of("市水利局")));
        assertThat(task(first, 2).sourceLines()).containsExactly(7, 16);
        ParsedPlan second = bulletin.plan("聊政发〔2099〕2号").orElseThrow();
        assertThat(second.tasks()).extracting(ParsedTask::text, ParsedTask::cooperatingUnits)
                .containsExactly(tuple("做好乙工作。", List.of("市财政局")));
        assertThat(bulletin.warnings()).isEmpty();
    }

    @Test
    void dropsTheTrailingDengOfAnOpenList() {
        ParsedPlan plan = plan("""
                一、目标
                1. 甲。（牵头领导：市政府各位副市长；牵头单位：市档案馆、市妇联等；配合单位：东昌府区人民政府、莘县人民政府等，市关工委等单位）
                """);
        assertThat(task(plan, 1).leadLeaders()).containsExactly("市政府各位副市长");
        assertThat(task(plan, 1).leadUnits()).containsExactly("市档案馆", "市妇联");
        assertThat(task(plan, 1).cooperatingUnits()).containsExactly("东昌府区人民政府", "莘县人民政府", "市关工委");
    }

    @Test
    void readsAPostInPlaceOfASecondLeader() {
        ParsedPlan plan = plan("""
                一、目标
                1. 甲。（牵头领导：荣红智，市委常委、市纪委书记；牵头单位：市纪委监委机关、市委宣传部）
                2. 乙。（牵头领导：陈秀兴、荣红智；牵头单位：市民热线受理中心）
                3. 丙。(牵头领导: 王彤宇, 成伟; 牵头单位: 市委政法委)
                """);
        assertThat(plan.tasks()).extracting(ParsedTask::leadLeaders).containsExactly(
                List.of("荣红智", "市委常委、市纪委书记"),
                List.of("陈秀兴", "荣红智"),
                List.of("王彤宇", "成伟"));
    }

    @Test
    void keepsStrayLatinOcrNoiseInTheTextAndSkipsItBetweenItems() {
        ParsedPlan plan = plan("""
                一、目标
                1. 各类开发区力争在国家 and 省考核中实现争先进位。(牵头单位: 市商务投资促进局)
                LIAOCHENGSHI RENMINZHENG FUGONGBAO
                2. 乙 ~#@ x。（牵头单位：市财政局）
                """);
        assertThat(plan.tasks()).extracting(ParsedTask::text)
                .containsExactly("各类开发区力争在国家 and 省考核中实现争先进位。", "乙 ~#@ x。");
    }

    @Test
    void splitsNamesOnlyOutsideParenthesesResolvesAliasesAndKeepsEachNameOnce() {
        ParsedPlan plan = plan("""
                一、目标
                1. 甲。（牵头单位：市住房和城乡建设局、市住房城乡建设局；配合单位：人民银行聊城中心支行、各县（市、区）人民政府，市属开发区管委会、各县(市、区)人民政府、市 财政 局）
                """);
        assertThat(task(plan, 1).leadUnits()).containsExactly("市住房城乡建设局");
        assertThat(task(plan, 1).cooperatingUnits())
                .containsExactly("人行聊城市中心支行", "各县(市、区)人民政府", "市属开发区管委会", "市财政局");
    }
}
