package gov.supervision.app.scorecard.web;

import gov.supervision.app.scorecard.ReportingPeriod;
import gov.supervision.app.web.InvalidRequest;
import gov.supervision.app.web.TimeParameter;
import gov.supervision.query.scorecard.api.FindUnitScorecards;
import gov.supervision.query.scorecard.api.UnitScorecard;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Unit scorecards for a period, ranked: what supervision offices publish. Everyone signed in may read them.
 * The period is {@code period} (a week, month, quarter or year) or {@code from} and {@code to} (days, both included).
 */
@RestController
class ScorecardController {

    /** The period a scorecard covers, and the units' records in it, best first. */
    record Scorecards(String planNumber, ReportingPeriod period, List<UnitScorecard> units) {
    }

    private final QueryGateway queries;
    private final ZoneId zone;

    ScorecardController(QueryGateway queries, @Value("${supervision.schedule.defaults.time-zone}") ZoneId zone) {
        this.queries = queries;
        this.zone = zone;
    }

    @GetMapping("/api/scorecards")
    Scorecards scorecards(@RequestParam(required = false) String plan,
                          @RequestParam(required = false) String period,
                          @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to) {
        ReportingPeriod span = period(period, from, to);
        String planNumber = plan == null || plan.isBlank() ? null : plan.strip();
        List<UnitScorecard> units = queries.query(new FindUnitScorecards(planNumber, span.from(), span.to()),
                ResponseTypes.multipleInstancesOf(UnitScorecard.class)).join();
        return new Scorecards(planNumber, span, units);
    }

    private ReportingPeriod period(String period, String from, String to) {
        boolean days = from != null || to != null;
        if (period != null && days) {
            throw new InvalidRequest("period", "give either period or from and to, not both");
        }
        if (period != null) {
            return ReportingPeriod.parse("period", period, zone);
        }
        if (from == null || to == null) {
            throw new InvalidRequest(from == null ? "from" : "to",
                    "a scorecard needs a period (such as 2021-W09) or both from and to (days such as 2021-03-01)");
        }
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw new InvalidRequest("to", "must not be before from (%s), was %s".formatted(first, last));
        }
        return ReportingPeriod.days(first + "/" + last, first, last, zone);
    }

    private static LocalDate day(String field, String value) {
        return TimeParameter.day(field, value);
    }
}
