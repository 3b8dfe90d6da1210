package gov.supervision.query.ledger.api;

import java.util.List;

/** One page of the ledger and how many rows match in all. */
public record LedgerPage(List<LedgerRow> rows, int total, int page, Integer size) {
}
