package gov.supervision.app.bulletin;

import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/bulletins/weekly?plan=&week=&format=} on the running engine: supervisors, auditors and leaders; a
 * request it cannot serve is answered 400 naming the field, before any bulletin is assembled; and the
 * {@code bulletin} command against the same database. The bulletin's figures are checked in QuarterSimulationTest.
 */
class WeeklyBulletinApiTest extends EngineTestSupport {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    @Test
    void theWeeksBulletinOfThePlanAsHtmlAndAsPdf() {
        Week thisWeek = Week.containing(java.time.Instant.now(), java.time.ZoneId.of("Asia/Shanghai"));
        ResponseEntity<String> html = rest.withBasicAuth("supervisor", "supervisor")
                .getForEntity(WEEKLY + "&week=" + thisWeek, String.class);
        ResponseEntity<String> before = rest.withBasicAuth("auditor", "auditor")
                .getForEntity(WEEKLY + "&week=2021-W10", String.class);
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("hexianzhuo", "hexianzhuo")
                .getForEntity(WEEKLY + "&week=2021-W10&format=pdf", byte[].class);

        assertThat(html.getStatusCode().value()).isEqualTo(200);
        assertThat(html.getHeaders().getContentType().toString()).isEqualTo("text/html;charset=UTF-8");
        assertThat(Pdfs.compact(html.getBody())).contains("督查通报").contains(PLAN)
                .contains("共有重点任务150项，其中督办中0项，已办结0项；红灯0项，黄灯0项，绿灯0项。");
        // a week already over shows the plan as it stood then: these tasks were registered only when the engine started
        assertThat(Pdfs.compact(before.getBody())).contains("2021年3月8日").contains("共有重点任务0项");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        Pdfs read = Pdfs.read(pdf.getBody());
        assertThat(read.compactText()).contains("督查通报").contains(PLAN);
        assertThat(read.fonts()).allMatch(Pdfs::embedded);
    }

    @Test
    void anUnknownPlanIsNotFound() {
        Api.Response response = api.get("auditor", "/api/bulletins/weekly?plan=聊政发〔2099〕9号&week=2021-W10");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("no plan 聊政发〔2099〕9号");
    }

    @Test
    void theCommandWritesTheBulletinAndSaysSoWhenThePlanIsUnknown() throws java.io.IOException {
        java.nio.file.Path out = folder.resolve("bulletin.pdf");

        assertThat(cli("bulletin", "--plan", PLAN, "--week", "2021-W10", "--format", "pdf", "--out", out.toString()))
                .isZero();
        assertThat(Pdfs.read(java.nio.file.Files.readAllBytes(out)).compactText()).contains("督查通报");
        assertThat(cli("bulletin", "--plan", "聊政发〔2099〕9号", "--week", "2021-W10")).isEqualTo(2);
    }

    private int cli(String... args) {
        java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of(args));
        try (java.sql.Connection connection = dataSource.getConnection()) {
            line.add("--spring.datasource.url=" + connection.getMetaData().getURL());
            line.add("--spring.datasource.username=" + connection.getMetaData().getUserName());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        line.add("--camunda.bpm.process-engine-name=bulletin"); // beside this test's engine in the same JVM
        return gov.supervision.app.cli.Commands.run(line.toArray(String[]::new),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true));
    }

    static final String WEEKLY = "/api/bulletins/weekly?plan=" + PLAN;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void unitsMayNotReadTheBulletinAndAnonymousUsersMustLogIn() {
        Api.Response byAUnit = api.get("gxj", WEEKLY + "&week=2021-W10");
        Api.Response anonymous = api.get(null, WEEKLY + "&week=2021-W10");

        assertThat(byAUnit.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void aWeekNotWrittenYyyyWwwIsABadRequestNamingTheField() {
        Api.Response response = api.get("auditor", WEEKLY + "&week=2021-10");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("field").asText()).isEqualTo("week");
        assertThat(response.detail()).isEqualTo("week: expected yyyy-Www such as 2021-W10, was \"2021-10\"");
    }

    @Test
    void aWeekThatDoesNotExistIsABadRequest() {
        Api.Response response = api.get("supervisor", WEEKLY + "&week=2021-W53");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("field").asText()).isEqualTo("week");
        assertThat(response.detail()).isEqualTo("week: 2021 has 52 weeks, was 2021-W53");
    }

    @Test
    void theFormatIsHtmlOrPdf() {
        Api.Response response = api.get("supervisor", WEEKLY + "&week=2021-W10&format=docx");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("field").asText()).isEqualTo("format");
        assertThat(response.detail()).isEqualTo("format: expected html or pdf, was \"docx\"");
    }

    @Test
    void thePlanAndTheWeekAreRequired() {
        Api.Response noPlan = api.get("supervisor", "/api/bulletins/weekly?week=2021-W10");
        Api.Response noWeek = api.get("supervisor", WEEKLY);

        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.body().get("field").asText()).isEqualTo("plan");
        assertThat(noWeek.status()).isEqualTo(400);
        assertThat(noWeek.body().get("field").asText()).isEqualTo("week");
    }
}
