package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Hand-built bulletins for the rendering tests: the week 2021-W10 of the 2021 plan, in Beijing time. */
final class SampleBulletins {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PLAN = "聊政发〔2021〕1号";
    static final String TITLE = "聊城市人民政府关于印发2021年《政府工作报告》重点工作任务分工方案的通知";

    static final Unit GXJ = new Unit("gxj", "市工业和信息化局");
    static final Unit FGW = new Unit("fgw", "市发展改革委");
    static final Unit CPQ = new Unit("cpq", "茌平区人民政府");
    static final Unit ZJJ = new Unit("zjj", "市住房城乡建设局");
    static final Unit SWTZCJJ = new Unit("swtzcjj", "市商务投资促进局");

    private SampleBulletins() {
    }

    /** Beijing time in the week of 8–14 March 2021. */
    static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2021, 3, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    static WeeklyBulletin week10() {
        return new WeeklyBulletin(PLAN, TITLE, Week.parse("2021-W10"), SHANGHAI, 7, at(15, 9, 30),
                new BulletinSummary(150, 142, 8, 2, 3, 137, 180, 171, 6, 3),
                List.of(
                        new FlaggedTask(9, "大力实施制造业强市战略，制造业增加值增长6%以上", List.of(GXJ),
                                List.of("陈秀兴"), List.of("逾期未报送进展", "已通报批评一次"), 5, 20),
                        new FlaggedTask(37, "打造鲁西新的经济增长极", List.of(FGW, CPQ),
                                List.of("王刚", "荣红智"), List.of("整改逾期"), 12, null)),
                List.of(
                        new FlaggedTask(52, "推进城市更新行动，改造老旧小区", List.of(ZJJ), List.of(),
                                List.of("进展缓慢"), null, 45),
                        new FlaggedTask(61, "深化招商引资“双招双引”", List.of(SWTZCJJ), List.of("李长萍"),
                                List.of("报告被退回"), null, 60),
                        new FlaggedTask(88, "茌平区信发集团铝精深加工项目建设", List.of(CPQ), List.of("陈秀兴"),
                                List.of("下周到期"), null, 70)),
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14),
                List.of(
                        new LateReport(GXJ, 9, 3, at(9, 17, 0), ReportOutcome.MISSED, null),
                        new LateReport(CPQ, 37, 3, at(9, 17, 0), ReportOutcome.LATE, at(10, 11, 5)),
                        new LateReport(ZJJ, 52, 3, at(9, 17, 0), ReportOutcome.LATE, at(11, 8, 40))),
                List.of(
                        new Notice(at(10, 10, 0), GXJ, 9, EscalationStep.CRITICISM, "第3轮进展报告逾期未报送",
                                at(20, 17, 0)),
                        new Notice(at(11, 15, 30), FGW, 37, EscalationStep.ADMONITION, "整改逾期，第二次问题",
                                at(18, 17, 0)),
                        new Notice(at(12, 9, 0), CPQ, 88, EscalationStep.REMINDER, "进展报告即将到期", null),
                        new Notice(at(12, 16, 0), ZJJ, 52, EscalationStep.ACCOUNTABILITY, "三次以上问题，移交问责",
                                null)),
                List.of(
                        new UnitRank(1, SWTZCJJ, 98.5, 1.0, 0.95, 0.05, null, 0),
                        new UnitRank(2, ZJJ, 90.0, 1.0, 0.875, 0.125, 1.0, 1),
                        new UnitRank(3, CPQ, 72.25, 0.5, 0.6667, null, null, 1),
                        new UnitRank(4, GXJ, 60.0, null, 0.0, 0.0, null, 2)));
    }

    /** A week with nothing to report but the counts. */
    static WeeklyBulletin quietWeek() {
        return new WeeklyBulletin(PLAN, TITLE, Week.parse("2021-W11"), SHANGHAI, null, at(15, 9, 30),
                new BulletinSummary(150, 0, 0, 0, 0, 150, 0, 0, 0, 0),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
