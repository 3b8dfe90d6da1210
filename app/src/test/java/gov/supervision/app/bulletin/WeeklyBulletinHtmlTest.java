package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.EscalationStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static gov.supervision.app.bulletin.SampleBulletins.CPQ;
import static gov.supervision.app.bulletin.SampleBulletins.GXJ;
import static gov.supervision.app.bulletin.SampleBulletins.at;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin's HTML: well-formed XHTML (it is parsed as XML here) with the five sections of a 督查通报, every
 * number and name of the bulletin in its place, times in Beijing time and "—" for what is absent.
 */
class WeeklyBulletinHtmlTest {

    private final WeeklyBulletinHtml html = new WeeklyBulletinHtml();

    @Test
    void theHeadNamesTheDocumentThePlanAndTheWeekWithItsDates() {
        Xhtml page = Xhtml.parse(html.render(SampleBulletins.week10()));

        assertThat(page.text("/html/@lang")).isEqualTo("zh-CN");
        assertThat(page.text("//title")).isEqualTo("督查通报 聊政发〔2021〕1号 2021-W10");
        assertThat(page.text("//*[@class='masthead']/*[@class='name']")).isEqualTo("督查通报");
        assertThat(page.text("//*[@class='masthead']/*[@class='issue']")).isEqualTo("第7期");
        assertThat(page.texts("//table[@class='dateline']//td")).containsExactly("聊政发〔2021〕1号", "2021年3月15日");
        assertThat(page.text("//h1")).isEqualTo("关于《" + SampleBulletins.TITLE + "》落实情况的通报");
        assertThat(page.text("//*[@id='period']"))
                .isEqualTo("2021年第10周（2021-W10）：2021年3月8日（星期一）至2021年3月14日（星期日）");
        assertThat(page.texts("//h2")).containsExactly("一、总体情况", "二、红灯/黄灯任务", "三、未按时报送进展的单位",
                "四、本周通报与问责", "五、单位排名");
        assertThat(page.text("//*[@class='footer']")).isEqualTo("本通报依据督查督办台账于2021年3月15日 09:30生成。");
    }

    @Test
    void theSummaryCountsTasksAndTheWeeksReports() {
        Xhtml page = Xhtml.parse(html.render(SampleBulletins.week10()));

        assertThat(page.text("//*[@id='summary']/p")).isEqualTo("聊政发〔2021〕1号共有重点任务150项，其中督办中142项，"
                + "已办结8项；红灯2项，黄灯3项，绿灯137项。本周应报送进展报告180份，按时报送171份，逾期报送6份，未报送3份。");
        assertThat(page.rows("//*[@id='summary']//tr[@class='tasks']"))
                .containsExactly(List.of("150", "142", "8", "2", "3", "137"));
        assertThat(page.rows("//*[@id='summary']//tr[@class='reports']"))
                .containsExactly(List.of("180", "171", "6", "3"));
    }

    @Test
    void redAndAmberTasksAreListedWithTheirUnitsLeadersReasonsAndProgress() {
        Xhtml page = Xhtml.parse(html.render(SampleBulletins.week10()));

        assertThat(page.text("//*[@id='red-tasks']/h3")).isEqualTo("（一）红灯任务（2项）");
        assertThat(page.texts("//*[@id='red-tasks']//th")).containsExactly("任务序号", "任务", "牵头单位", "牵头领导",
                "亮灯原因", "逾期天数", "完成进度");
        assertThat(page.rows("//*[@id='red-tasks']//tr[@class='task']")).containsExactly(
                List.of("9", "大力实施制造业强市战略，制造业增加值增长6%以上", "市工业和信息化局", "陈秀兴",
                        "逾期未报送进展；已通报批评一次", "5天", "20%"),
                List.of("37", "打造鲁西新的经济增长极", "市发展改革委、茌平区人民政府", "王刚、荣红智", "整改逾期", "12天",
                        "—"));
        assertThat(page.text("//*[@id='amber-tasks']/h3")).isEqualTo("（二）黄灯任务（3项）");
        assertThat(page.rows("//*[@id='amber-tasks']//tr[@class='task']")).containsExactly(
                List.of("52", "推进城市更新行动，改造老旧小区", "市住房城乡建设局", "—", "进展缓慢", "—", "45%"),
                List.of("61", "深化招商引资“双招双引”", "市商务投资促进局", "李长萍", "报告被退回", "—", "60%"),
                List.of("88", "茌平区信发集团铝精深加工项目建设", "茌平区人民政府", "陈秀兴", "下周到期", "—", "70%"));
        assertThat(page.text("//*[@id='green-tasks']/h3")).isEqualTo("（三）绿灯任务（137项）");
        assertThat(page.text("//*[@id='green-tasks']/p")).isEqualTo("第1至8、10、12至14项任务按计划推进。");
    }

    @Test
    void lateAndMissingReportsAreListedWithTheirDueAndSubmissionTimesInBeijingTime() {
        Xhtml page = Xhtml.parse(html.render(SampleBulletins.week10()));

        assertThat(page.texts("//*[@id='late-reports']//th")).containsExactly("序号", "单位", "任务序号", "调度轮次",
                "应报送时间", "情况", "报送时间");
        assertThat(page.rows("//*[@id='late-reports']//tr[@class='late-report']")).containsExactly(
                List.of("1", "市工业和信息化局", "9", "第3轮", "3月9日 17:00", "未报送", "—"),
                List.of("2", "茌平区人民政府", "37", "第3轮", "3月9日 17:00", "逾期报送", "3月10日 11:05"),
                List.of("3", "市住房城乡建设局", "52", "第3轮", "3月9日 17:00", "逾期报送", "3月11日 08:40"));
    }

    @Test
    void noticesAndAccountabilityActionsAreNamedAsTheCoveringNoticeNamesThem() {
        Xhtml page = Xhtml.parse(html.render(SampleBulletins.week10()));

        assertThat(page.texts("//*[@id='notices']//th")).containsExactly("日期", "单位", "任务序号", "措施", "事由",
                "整改期限");
        assertThat(page.rows("//*[@id='notices']//tr[@class='notice']")).containsExactly(
                List.of("3月10日", "市工业和信息化局", "9", "通报批评并限期整改", "第3轮进展报告逾期未报送", "3月20日 17:00"),
                List.of("3月11日", "市发展改革委", "37", "约谈", "整改逾期，第二次问题", "3月18日 17:00"),
                List.of("3月12日", "茌平区人民政府", "88", "催办", "进展报告即将到期", "—"),
                List.of("3月12日", "市住房城乡建设局", "52", "追责问责", "三次以上问题，移交问责", "—"));
    }

    @Test
    void theRankingShowsRatesAsPercentagesAndAbsentRatesAsADash() {
        Xhtml page = Xhtml.parse(html.render(SampleBulletins.week10()));

        assertThat(page.texts("//*[@id='ranking']//th")).containsExactly("名次", "单位", "得分", "按时签收率",
                "按时报送率", "报告退回率", "按时办结率", "被通报次数");
        assertThat(page.rows("//*[@id='ranking']//tr[@class='rank']")).containsExactly(
                List.of("1", "市商务投资促进局", "98.5", "100.0%", "95.0%", "5.0%", "—", "0"),
                List.of("2", "市住房城乡建设局", "90.0", "100.0%", "87.5%", "12.5%", "100.0%", "1"),
                List.of("3", "茌平区人民政府", "72.3", "50.0%", "66.7%", "—", "—", "1"),
                List.of("4", "市工业和信息化局", "60.0", "—", "0.0%", "0.0%", "—", "2"));
    }

    @Test
    void aQuietWeekSaysThereIsNothingToReportInEachSection() {
        Xhtml page = Xhtml.parse(html.render(SampleBulletins.quietWeek()));

        assertThat(page.texts("//*[@class='masthead']/*[@class='issue']")).isEmpty();
        assertThat(page.text("//*[@id='red-tasks']/p")).isEqualTo("本周无红灯任务。");
        assertThat(page.text("//*[@id='amber-tasks']/p")).isEqualTo("本周无黄灯任务。");
        assertThat(page.text("//*[@id='green-tasks']/p")).isEqualTo("其余任务按计划推进。");
        assertThat(page.text("//*[@id='late-reports']/p")).isEqualTo("本周各单位均按时报送工作进展。");
        assertThat(page.text("//*[@id='notices']/p")).isEqualTo("本周未发出通报或问责。");
        assertThat(page.text("//*[@id='ranking']/p")).isEqualTo("本周暂无单位排名。");
        assertThat(page.texts("//table[contains(@class, 'grid')]")).hasSize(2); // the two tables of counts
    }

    @Test
    void textFromTheReadModelIsEscapedAndTheDocumentStaysWellFormed() {
        WeeklyBulletin week = SampleBulletins.week10();
        String reason = "<b>逾期</b> & \"未整改\" <script>alert(1)</script>";
        WeeklyBulletin bulletin = new WeeklyBulletin(week.planNumber(), "A & B <计划>", week.week(), week.zone(),
                null, week.generatedAt(), week.summary(), week.redTasks(), week.amberTasks(), week.greenTasks(),
                week.lateReports(),
                List.of(new Notice(at(10, 10, 0), GXJ, 9, EscalationStep.CRITICISM, reason, null)),
                week.ranking());

        String text = html.render(bulletin);
        Xhtml page = Xhtml.parse(text);

        assertThat(page.text("//*[@id='notices']//tr[@class='notice']/td[5]")).isEqualTo(reason);
        assertThat(page.text("//h1")).isEqualTo("关于《A & B <计划>》落实情况的通报");
        assertThat(page.texts("//script")).isEmpty();
        assertThat(text).doesNotContain("<script>");
    }

    @Test
    void datesOutsideTheBulletinsYearCarryTheirYear() {
        WeeklyBulletin week = SampleBulletins.week10();
        WeeklyBulletin bulletin = new WeeklyBulletin(week.planNumber(), week.planTitle(), week.week(), week.zone(),
                null, week.generatedAt(), week.summary(), List.of(), List.of(), List.of(), List.of(),
                List.of(new Notice(at(12, 16, 0), CPQ, 88, EscalationStep.CRITICISM, "整改不到位",
                        java.time.LocalDateTime.of(2022, 1, 4, 17, 0).atZone(week.zone()).toInstant())),
                List.of());

        Xhtml page = Xhtml.parse(html.render(bulletin));

        assertThat(page.rows("//*[@id='notices']//tr[@class='notice']")).containsExactly(
                List.of("3月12日", "茌平区人民政府", "88", "通报批评并限期整改", "整改不到位", "2022年1月4日 17:00"));
        assertThat(page.text("//p[@class='note']")).isEqualTo("注：表中日期未注年份的均为2021年；比率无应办事项时记为“—”。");
    }
}
