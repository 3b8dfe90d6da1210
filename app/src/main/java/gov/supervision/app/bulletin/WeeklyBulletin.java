package gov.supervision.app.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The weekly supervision bulletin (督查通报) of one plan: what the supervision office publishes each week from the
 * ledger and the unit scorecard. The sections follow the printed document: 一、the summary; 二、the red and amber
 * tasks (green ones by number); 三、the units that reported late or not at all; 四、the notices and accountability
 * actions issued; 五、the unit ranking.
 *
 * @param planNumber  such as 聊政发〔2021〕1号
 * @param planTitle   the plan's title, as imported
 * @param week        the week reported on
 * @param zone        the plan's time zone: the week's bounds and every time shown are in it
 * @param issueNumber the bulletin's issue (第 N 期), or null when not numbered
 * @param generatedAt when the bulletin was assembled
 * @param redTasks    tasks under a red light (late), worst first
 * @param amberTasks  tasks under an amber light (at risk)
 * @param greenTasks  the numbers of the tasks under a green light (on track), possibly none listed: the count is
 *                    {@link BulletinSummary#green()}
 * @param lateReports progress reports of the week that came late or not at all
 * @param notices     notices and accountability actions issued in the week, in order
 * @param ranking     the units, best first
 */
public record WeeklyBulletin(
        String planNumber,
        String planTitle,
        Week week,
        ZoneId zone,
        Integer issueNumber,
        Instant generatedAt,
        BulletinSummary summary,
        List<FlaggedTask> redTasks,
        List<FlaggedTask> amberTasks,
        List<Integer> greenTasks,
        List<LateReport> lateReports,
        List<Notice> notices,
        List<UnitRank> ranking) {

    public WeeklyBulletin {
        Objects.requireNonNull(planNumber, "planNumber");
        Objects.requireNonNull(planTitle, "planTitle");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(summary, "summary");
        if (issueNumber != null && issueNumber < 1) {
            throw new IllegalArgumentException("issueNumber: must be at least 1, was " + issueNumber);
        }
        redTasks = List.copyOf(redTasks);
        amberTasks = List.copyOf(amberTasks);
        greenTasks = List.copyOf(greenTasks);
        lateReports = List.copyOf(lateReports);
        notices = List.copyOf(notices);
        ranking = List.copyOf(ranking);
    }

    /** The week's Monday, in the plan's zone. */
    public LocalDate firstDay() {
        return week.monday();
    }

    /** The week's Sunday, in the plan's zone. */
    public LocalDate lastDay() {
        return week.sunday();
    }

    /** The document's file name, such as {@code 督查通报-聊政发〔2021〕1号-2021-W10.pdf}. */
    public String fileName(BulletinFormat format) {
        return "督查通报-%s-%s.%s".formatted(planNumber, week, format.extension());
    }
}
