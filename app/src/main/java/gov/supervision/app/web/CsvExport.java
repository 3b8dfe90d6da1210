package gov.supervision.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV download: a header row, then one row per record, RFC 4180 quoting, UTF-8 with a byte-order mark so that
 * spreadsheet programs read the Chinese correctly, and no cell a spreadsheet would run as a formula.
 */
public final class CsvExport {

    private static final CsvMapper CSV = new CsvMapper();
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_START = "=+-@\t\r\n";
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvExport() {
    }

    /**
     * A cell a spreadsheet would evaluate ({@code =HYPERLINK(…)}, {@code +1+1}, {@code @SUM(…)}, a leading tab…)
     * is written with a leading apostrophe, so it shows as the text it is; plain numbers stay numbers.
     */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell)
                .matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static List<String> inert(List<String> row) {
        return row.stream().map(CsvExport::inert).toList();
    }

    public static ResponseEntity<byte[]> of(String filename, List<String> header, List<List<String>> rows) {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try {
            String text = CSV.writer(schema).writeValueAsString(java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(header), rows.stream().map(CsvExport::inert)).toList());
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(filename, StandardCharsets.UTF_8).build().toString())
                    .body((BYTE_ORDER_MARK + text).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
