package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.Unit;
import gov.supervision.query.ledger.api.FindLedger;
import gov.supervision.query.ledger.api.FindTaskAsOf;
import gov.supervision.query.ledger.api.LedgerPage;
import gov.supervision.query.ledger.api.LedgerRow;
import gov.supervision.query.ledger.api.LedgerStatus;
import gov.supervision.query.ledger.api.Light;
import gov.supervision.query.ledger.api.LightReason;
import gov.supervision.query.ledger.api.TaskAsOf;
import gov.supervision.query.plan.api.FindPlan;
import gov.supervision.query.plan.api.ImportedPlan;
import gov.supervision.query.scorecard.api.DueOutcome;
import gov.supervision.query.scorecard.api.FindNoticesIssued;
import gov.supervision.query.scorecard.api.FindReportsDue;
import gov.supervision.query.scorecard.api.FindUnitScorecards;
import gov.supervision.query.scorecard.api.IssuedNotice;
import gov.supervision.query.scorecard.api.ReportDue;
import gov.supervision.query.scorecard.api.UnitScorecard;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Fills a plan's weekly bulletin from the read model: the tasks and their lights from the ledger, the week's reports,
 * notices and ranking from the unit scorecard (the week's facts). Lights are those at the end of the week — read
 * from the ledger while the week is still running, and, for a week already over, from each task's events up to the
 * week's end (the ledger's own rules, the as-of query), so that a bulletin of a past week shows that week.
 */
@Component
class ReadModelWeeklyBulletins implements WeeklyBulletins {

    private static final Comparator<LedgerRow> WORST_FIRST = Comparator.comparingInt(LedgerRow::daysOverdue)
            .thenComparingInt(LedgerRow::strikes).thenComparingInt(LedgerRow::openNotices).reversed()
            .thenComparingInt(LedgerRow::taskNumber);

    private final QueryGateway queries;
    private final Clock clock;
    private final ZoneId zone;

    ReadModelWeeklyBulletins(QueryGateway queries, Clock clock,
                             @Value("${supervision.schedule.defaults.time-zone}") ZoneId zone) {
        this.queries = queries;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public WeeklyBulletin assemble(String planNumber, Week week) {
        ImportedPlan plan = queries.query(new FindPlan(planNumber), ResponseTypes.optionalInstanceOf(ImportedPlan.class))
                .join().orElseThrow(() -> new UnknownPlan(planNumber));
        Instant from = week.start(zone);
        Instant to = week.end(zone);
        Instant now = clock.instant();
        List<LedgerRow> tasks = tasksAt(planNumber, to, now).stream()
                .filter(row -> row.status() != LedgerStatus.WITHDRAWN).toList();
        List<ReportDue> reports = queries.query(new FindReportsDue(planNumber, from, to),
                ResponseTypes.multipleInstancesOf(ReportDue.class)).join();
        List<IssuedNotice> notices = queries.query(new FindNoticesIssued(planNumber, from, to),
                ResponseTypes.multipleInstancesOf(IssuedNotice.class)).join();
        List<UnitScorecard> scorecards = queries.query(new FindUnitScorecards(planNumber, from, to),
                ResponseTypes.multipleInstancesOf(UnitScorecard.class)).join();

        BulletinSummary summary = new BulletinSummary(tasks.size(),
                count(tasks, row -> row.status() != LedgerStatus.REGISTERED && row.status() != LedgerStatus.CLOSED),
                count(tasks, row -> row.status() == LedgerStatus.CLOSED),
                count(tasks, row -> row.light() == Light.RED), count(tasks, row -> row.light() == Light.AMBER),
                count(tasks, row -> row.light() == Light.GREEN),
                (int) reports.stream().filter(r -> r.outcome() != DueOutcome.CANCELLED).count(),
                count(reports, DueOutcome.ON_TIME), count(reports, DueOutcome.LATE), count(reports, DueOutcome.MISSED));
        return new WeeklyBulletin(planNumber, plan.title(), week, zone, null, now, summary,
                flagged(tasks, Light.RED), flagged(tasks, Light.AMBER),
                tasks.stream().filter(row -> row.light() == Light.GREEN).map(LedgerRow::taskNumber).toList(),
                reports.stream().filter(r -> r.outcome() == DueOutcome.LATE || r.outcome() == DueOutcome.MISSED)
                        .map(r -> new LateReport(new Unit(r.unitId(), r.unitName()), r.taskNumber(), r.round(),
                                r.dueAt(), r.outcome() == DueOutcome.LATE ? ReportOutcome.LATE : ReportOutcome.MISSED,
                                r.outcome() == DueOutcome.LATE ? r.submittedAt() : null))
                        .toList(),
                notices.stream().map(n -> new Notice(n.issuedAt(), new Unit(n.unitId(), n.unitName()), n.taskNumber(),
                        n.step(), n.reason(), n.rectificationDueAt())).toList(),
                scorecards.stream().filter(s -> s.rank() != null).map(s -> new UnitRank(s.rank(),
                        new Unit(s.unitId(), s.unitName()), s.score(), s.onTimeAcknowledgementRate(),
                        s.onTimeReportRate(), s.returnedReportRate(), s.onTimeCloseOutRate(),
                        s.notices() + s.accountabilityActions())).toList());
    }

    /** The plan's tasks as they stood at the end of the week: now, if the week is not over. */
    private List<LedgerRow> tasksAt(String planNumber, Instant weekEnd, Instant now) {
        List<LedgerRow> current = queries.query(FindLedger.ofPlan(planNumber), LedgerPage.class).join().rows();
        if (now.isBefore(weekEnd)) {
            return current;
        }
        return current.stream()
                .map(row -> queries.query(new FindTaskAsOf(row.taskId(), weekEnd.minusMillis(1)),
                        ResponseTypes.optionalInstanceOf(TaskAsOf.class)).join().map(TaskAsOf::ledger).orElse(null))
                .filter(row -> row != null).toList();
    }

    private static List<FlaggedTask> flagged(List<LedgerRow> tasks, Light light) {
        return tasks.stream().filter(row -> row.light() == light).sorted(WORST_FIRST)
                .map(row -> new FlaggedTask(row.taskNumber(), row.shortTitle(), row.leadUnits(), row.leadLeaders(),
                        row.lightReasons().stream().map(LightReason::label).toList(),
                        row.daysOverdue() == 0 ? null : row.daysOverdue(), row.percentComplete()))
                .toList();
    }

    private static int count(List<LedgerRow> rows, Predicate<LedgerRow> which) {
        return (int) rows.stream().filter(which).count();
    }

    private static int count(List<ReportDue> reports, DueOutcome outcome) {
        return (int) reports.stream().filter(r -> r.outcome() == outcome).count();
    }
}
