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
 * spreadsheet programs read the Chinese correctly.
 */
public final class CsvExport {

    private static final CsvMapper CSV = new CsvMapper();
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvExport() {
    }

    public static ResponseEntity<byte[]> of(String filename, List<String> header, List<List<String>> rows) {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try {
            String text = CSV.writer(schema).writeValueAsString(
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(header), rows.stream()).toList());
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
