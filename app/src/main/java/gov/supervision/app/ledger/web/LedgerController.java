package gov.supervision.app.ledger.web;

import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.security.SupervisionUser;
import gov.supervision.query.ledger.api.FindLedgerRows;
import gov.supervision.query.ledger.api.LedgerRow;
import gov.supervision.query.ledger.api.LedgerStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The ledger (台账). A unit sees only the tasks it leads. */
@RestController
class LedgerController {

    private final QueryGateway queries;

    LedgerController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/ledger")
    List<LedgerRow> ledger(@RequestParam(required = false) String plan,
                           @RequestParam(required = false) Integer taskNumber,
                           @RequestParam(required = false) String leadUnit,
                           @RequestParam(required = false) LedgerStatus status) {
        SupervisionUser user = CurrentUser.get();
        String unit = user.isUnit() ? user.unitId() : blankToNull(leadUnit);
        if (user.isUnit() && leadUnit != null && !leadUnit.isBlank() && !leadUnit.equals(user.unitId())) {
            return List.of();
        }
        return queries.query(new FindLedgerRows(blankToNull(plan), taskNumber, unit, status),
                ResponseTypes.multipleInstancesOf(LedgerRow.class)).join();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
