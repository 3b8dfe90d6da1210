package gov.supervision.app.bulletin;

import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import org.junit.jupiter.api.Test;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/bulletins/weekly?plan=&week=&format=} on the running engine: supervisors and auditors only; a
 * request it cannot serve is answered 400 naming the field, before any bulletin is assembled.
 */
class WeeklyBulletinApiTest extends EngineTestSupport {

    static final String WEEKLY = "/api/bulletins/weekly?plan=" + PLAN;

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
