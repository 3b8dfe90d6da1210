package gov.supervision.app.projection;

import java.util.List;

/**
 * A projection table's content in two figures. Relied on from outside (REST and CLI).
 *
 * @param name     the table
 * @param orderBy  the columns that order its rows for the checksum
 * @param rows     how many rows it holds
 * @param checksum hex SHA-256 over the MD5 of each row's text form, rows in key order (see {@link TableChecksums})
 */
public record TableChecksum(String name, List<String> orderBy, long rows, String checksum) {
}
