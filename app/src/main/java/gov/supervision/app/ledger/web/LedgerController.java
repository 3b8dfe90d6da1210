package gov.supervision.app.ledger.web;

import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.security.SupervisionUser;
import gov.supervision.app.web.CsvExport;
import gov.supervision.app.web.InvalidRequest;
import gov.supervision.command.task.api.Unit;
import gov.supervision.query.ledger.api.FindLedger;
import gov.supervision.query.ledger.api.LedgerPage;
import gov.supervision.query.ledger.api.LedgerRow;
import gov.supervision.query.ledger.api.LedgerSort;
import gov.supervision.query.ledger.api.LedgerStatus;
import gov.supervision.query.ledger.api.Light;
import gov.supervision.query.ledger.api.LightReason;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ledger (台账): filtered, sorted and paged, as JSON (an array; paged answers carry {@code X-Total-Count}) or as
 * a CSV download. A unit sees only the tasks it leads, a leader only the tasks they lead.
 */
@RestController
class LedgerController {

    static final int MAX_PAGE_SIZE = 1000;
    private static final List<String> CSV_HEADER = List.of("planNumber", "taskNumber", "section", "shortTitle",
            "leadLeaders", "leadUnits", "cooperatingUnits", "status", "light", "lightReasons", "percentComplete",
            "lastReportAt", "nextDueAt", "daysOverdue", "strikes", "openNotices", "round", "raised", "closedOn",
            "lastAction", "lastActionAt", "taskId");

    private final QueryGateway queries;
    private final ZoneId zone;

    LedgerController(QueryGateway queries, @Value("${supervision.schedule.defaults.time-zone}") ZoneId zone) {
        this.queries = queries;
        this.zone = zone;
    }

    @GetMapping("/api/ledger")
    ResponseEntity<?> ledger(@RequestParam(required = false) String plan,
                             @RequestParam(required = false) Integer taskNumber,
                             @RequestParam(required = false) String section,
                             @RequestParam(required = false) String unit,
                             @RequestParam(required = false) String leadUnit,
                             @RequestParam(required = false) String leader,
                             @RequestParam(required = false) LedgerStatus status,
                             @RequestParam(required = false) Light light,
                             @RequestParam(required = false) Boolean overdue,
                             @RequestParam(required = false) String sort,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size,
                             @RequestParam(defaultValue = "json") String format) {
        List<String> sorts = sorts(sort);
        if (page != null && page < 0) {
            throw new InvalidRequest("page", "must be 0 or more, was " + page);
        }
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            throw new InvalidRequest("size", "must be between 1 and %d, was %d".formatted(MAX_PAGE_SIZE, size));
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidRequest("format", "expected json or csv, got " + format);
        }
        SupervisionUser user = CurrentUser.get();
        String ownLeadUnit = blankToNull(leadUnit);
        String ownLeader = blankToNull(leader);
        if (user.isUnit()) {
            if (ownLeadUnit != null && !ownLeadUnit.equals(user.unitId())) {
                return answer(format, new LedgerPage(List.of(), 0, 0, size));
            }
            ownLeadUnit = user.unitId();
        }
        if (user.isLeader()) {
            if (ownLeader != null && !ownLeader.equals(user.leaderName())) {
                return answer(format, new LedgerPage(List.of(), 0, 0, size));
            }
            ownLeader = user.leaderName();
        }
        FindLedger query = new FindLedger(blankToNull(plan), taskNumber, blankToNull(section), blankToNull(unit),
                ownLeadUnit, ownLeader, status, light, overdue, sorts, page == null ? 0 : page, size);
        return answer(format, queries.query(query, LedgerPage.class).join());
    }

    private ResponseEntity<?> answer(String format, LedgerPage page) {
        if (format.equals("csv")) {
            return CsvExport.of("ledger.csv", CSV_HEADER, page.rows().stream().map(this::csv).toList());
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.size() != null) {
            ok.header("X-Total-Count", String.valueOf(page.total()))
                    .header("X-Page", String.valueOf(page.page()))
                    .header("X-Page-Size", String.valueOf(page.size()));
        }
        return ok.body(page.rows());
    }

    private List<String> csv(LedgerRow row) {
        return Arrays.asList(row.planNumber(), String.valueOf(row.taskNumber()), row.section(), row.shortTitle(),
                String.join("、", row.leadLeaders()), names(row.leadUnits()), names(row.cooperatingUnits()),
                row.status().name(), row.light() == null ? "" : row.light().name(),
                row.lightReasons().stream().map(LightReason::name).collect(Collectors.joining(" ")),
                text(row.percentComplete()), time(row.lastReportAt()), time(row.nextDueAt()),
                String.valueOf(row.daysOverdue()), String.valueOf(row.strikes()), String.valueOf(row.openNotices()),
                text(row.round()), String.valueOf(row.raised()), text(row.closedOn()), row.lastAction(),
                time(row.lastActionAt()), row.taskId());
    }

    private String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    private static String names(List<Unit> units) {
        return units.stream().map(Unit::name).collect(Collectors.joining("、"));
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    private static List<String> sorts(String sort) {
        if (sort == null || sort.isBlank()) {
            return List.of();
        }
        List<String> keys = Arrays.stream(sort.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        keys.stream().filter(key -> !LedgerSort.isKnown(key)).findFirst().ifPresent(key -> {
            throw new InvalidRequest("sort", ("unknown sort key %s; expected one of %s, each optionally prefixed "
                    + "with - for descending").formatted(key, Arrays.toString(LedgerSort.values())));
        });
        return keys;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
