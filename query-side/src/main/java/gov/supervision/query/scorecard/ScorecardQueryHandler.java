package gov.supervision.query.scorecard;

import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.query.scorecard.api.DueOutcome;
import gov.supervision.query.scorecard.api.FindNoticesIssued;
import gov.supervision.query.scorecard.api.FindReportsDue;
import gov.supervision.query.scorecard.api.FindUnitScorecards;
import gov.supervision.query.scorecard.api.IssuedNotice;
import gov.supervision.query.scorecard.api.ReportDue;
import gov.supervision.query.scorecard.api.UnitScorecard;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts each lead unit's scorecard for a period from the scorecard's facts, and ranks the units by score. */
@Component
public class ScorecardQueryHandler {

    private final JdbcClient jdbc;

    ScorecardQueryHandler(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<UnitScorecard> handle(FindUnitScorecards query) {
        Map<String, Object> period = new HashMap<>();
        period.put("plan", query.planNumber());
        period.put("from", Timestamp.from(query.from()));
        period.put("to", Timestamp.from(query.to()));
        Map<String, Counts> units = new TreeMap<>();
        jdbc.sql("""
                        SELECT unit_id, max(unit_name) AS unit_name, count(DISTINCT task_id) AS tasks,
                               count(*) FILTER (WHERE closed_at >= :from AND closed_at < :to) AS closed,
                               count(*) FILTER (WHERE closed_at >= :from AND closed_at < :to
                                                  AND closed_at < close_out_deadline) AS closed_on_time
                        FROM scorecard_lead
                        WHERE (CAST(:plan AS text) IS NULL OR plan_number = :plan)
                          AND registered_at < :to AND (withdrawn_at IS NULL OR withdrawn_at >= :from)
                        GROUP BY unit_id""")
                .params(period)
                .query((ResultSet rs) -> {
                    Counts c = units.computeIfAbsent(rs.getString("unit_id"), Counts::new);
                    c.name = rs.getString("unit_name");
                    c.tasksLed = rs.getInt("tasks");
                    c.closed = rs.getInt("closed");
                    c.closedOnTime = rs.getInt("closed_on_time");
                });
        jdbc.sql("""
                        SELECT unit_id, max(unit_name) AS unit_name, kind,
                               count(*) FILTER (WHERE outcome = 'ON_TIME') AS on_time,
                               count(*) FILTER (WHERE outcome = 'LATE') AS late,
                               count(*) FILTER (WHERE outcome = 'MISSED') AS missed,
                               count(*) FILTER (WHERE outcome = 'PENDING') AS pending,
                               coalesce(sum(submissions), 0) AS submissions, coalesce(sum(returned), 0) AS returned,
                               avg(extract(epoch FROM submitted_at - assigned_at) / 3600.0) AS delay_hours
                        FROM scorecard_due
                        WHERE (CAST(:plan AS text) IS NULL OR plan_number = :plan)
                          AND due_at >= :from AND due_at < :to AND outcome <> 'CANCELLED'
                        GROUP BY unit_id, kind""")
                .params(period)
                .query((ResultSet rs) -> {
                    Counts c = units.computeIfAbsent(rs.getString("unit_id"), Counts::new);
                    c.name = c.name == null ? rs.getString("unit_name") : c.name;
                    int[] outcomes = {rs.getInt("on_time"), rs.getInt("late"), rs.getInt("missed"),
                            rs.getInt("pending")};
                    if (ScorecardProjection.ACKNOWLEDGEMENT.equals(rs.getString("kind"))) {
                        c.acknowledgements = outcomes;
                        double hours = rs.getDouble("delay_hours");
                        c.acknowledgementHours = rs.wasNull() ? null : Math.round(hours * 10) / 10.0;
                    } else {
                        c.reports = outcomes;
                        c.submitted = rs.getInt("submissions");
                        c.returned = rs.getInt("returned");
                    }
                });
        jdbc.sql("""
                        SELECT unit_id, max(unit_name) AS unit_name,
                               count(*) FILTER (WHERE step = 'REMINDER') AS reminders,
                               count(*) FILTER (WHERE step IN ('CRITICISM', 'ADMONITION')) AS notices,
                               count(*) FILTER (WHERE step = 'ACCOUNTABILITY') AS accountability
                        FROM scorecard_notice
                        WHERE (CAST(:plan AS text) IS NULL OR plan_number = :plan)
                          AND issued_at >= :from AND issued_at < :to
                        GROUP BY unit_id""")
                .params(period)
                .query((ResultSet rs) -> {
                    Counts c = units.computeIfAbsent(rs.getString("unit_id"), Counts::new);
                    c.name = c.name == null ? rs.getString("unit_name") : c.name;
                    c.reminders = rs.getInt("reminders");
                    c.notices = rs.getInt("notices");
                    c.accountability = rs.getInt("accountability");
                });
        return ranked(units.values().stream().map(Counts::scorecard).toList());
    }

    @QueryHandler
    public List<ReportDue> handle(FindReportsDue query) {
        return jdbc.sql("""
                        SELECT unit_id, unit_name, task_number, round, due_at, outcome, submitted_at
                        FROM scorecard_due
                        WHERE kind = :kind AND (CAST(:plan AS text) IS NULL OR plan_number = :plan)
                          AND due_at >= :from AND due_at < :to
                        ORDER BY due_at, task_number, unit_id""")
                .param("kind", ScorecardProjection.REPORT)
                .param("plan", query.planNumber())
                .param("from", Timestamp.from(query.from()))
                .param("to", Timestamp.from(query.to()))
                .query((rs, i) -> new ReportDue(rs.getString("unit_id"), rs.getString("unit_name"),
                        rs.getInt("task_number"), rs.getInt("round"), rs.getTimestamp("due_at").toInstant(),
                        DueOutcome.valueOf(rs.getString("outcome")),
                        rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    @QueryHandler
    public List<IssuedNotice> handle(FindNoticesIssued query) {
        return jdbc.sql("""
                        SELECT task_number, escalation_id, unit_id, unit_name, step, reason, issued_at,
                               rectification_due_at
                        FROM scorecard_notice
                        WHERE (CAST(:plan AS text) IS NULL OR plan_number = :plan)
                          AND issued_at >= :from AND issued_at < :to
                        ORDER BY issued_at, task_number, escalation_id""")
                .param("plan", query.planNumber())
                .param("from", Timestamp.from(query.from()))
                .param("to", Timestamp.from(query.to()))
                .query((rs, i) -> new IssuedNotice(rs.getInt("task_number"), rs.getString("escalation_id"),
                        rs.getString("unit_id"), rs.getString("unit_name"), EscalationStep.valueOf(rs.getString("step")),
                        rs.getString("reason"), rs.getTimestamp("issued_at").toInstant(),
                        rs.getTimestamp("rectification_due_at") == null ? null
                                : rs.getTimestamp("rectification_due_at").toInstant()))
                .list();
    }

    /**
     * By score, best first; equal scores share a rank (1, 2, 2, 4) and are listed by unit id; units without a score
     * follow, unranked, by unit id.
     */
    private static List<UnitScorecard> ranked(List<UnitScorecard> scorecards) {
        List<UnitScorecard> sorted = new ArrayList<>(scorecards);
        sorted.sort(Comparator.comparing(UnitScorecard::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(UnitScorecard::unitId));
        List<UnitScorecard> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            UnitScorecard s = sorted.get(i);
            Integer rank = s.score() == null ? null
                    : i > 0 && s.score().equals(sorted.get(i - 1).score()) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitScorecard(s.unitId(), s.unitName(), s.tasksLed(), s.acknowledgementsDue(),
                    s.acknowledgedOnTime(), s.acknowledgedLate(), s.acknowledgementsMissed(),
                    s.acknowledgementsPending(), s.averageAcknowledgementHours(), s.reportsDue(), s.reportsOnTime(),
                    s.reportsLate(), s.reportsMissed(), s.reportsPending(), s.reportsSubmitted(), s.reportsReturned(),
                    s.reminders(), s.notices(), s.accountabilityActions(), s.tasksClosed(), s.tasksClosedOnTime(),
                    s.onTimeAcknowledgementRate(), s.onTimeReportRate(), s.returnedReportRate(),
                    s.onTimeCloseOutRate(), s.score(), rank));
        }
        return ranked;
    }

    /** One unit's counts as they are read, table by table. */
    private static final class Counts {
        final String unitId;
        String name;
        int tasksLed;
        int closed;
        int closedOnTime;
        /** on time, late, missed, pending */
        int[] acknowledgements = new int[4];
        Double acknowledgementHours;
        int[] reports = new int[4];
        int submitted;
        int returned;
        int reminders;
        int notices;
        int accountability;

        Counts(String unitId) {
            this.unitId = unitId;
        }

        UnitScorecard scorecard() {
            Double ackRate = ScoreRule.rate(acknowledgements[0], acknowledgements[0] + acknowledgements[1]
                    + acknowledgements[2]);
            Double reportRate = ScoreRule.rate(reports[0], reports[0] + reports[1] + reports[2]);
            Double returnedRate = ScoreRule.rate(returned, submitted);
            Double closeOutRate = ScoreRule.rate(closedOnTime, closed);
            return new UnitScorecard(unitId, name, tasksLed, sum(acknowledgements), acknowledgements[0],
                    acknowledgements[1], acknowledgements[2], acknowledgements[3], acknowledgementHours,
                    sum(reports), reports[0], reports[1], reports[2], reports[3], submitted, returned, reminders,
                    notices, accountability, closed, closedOnTime, ackRate, reportRate, returnedRate, closeOutRate,
                    ScoreRule.score(ackRate, reportRate, returnedRate, closeOutRate, notices, accountability), 0);
        }

        private static int sum(int[] counts) {
            int sum = 0;
            for (int c : counts) {
                sum += c;
            }
            return sum;
        }
    }

}
