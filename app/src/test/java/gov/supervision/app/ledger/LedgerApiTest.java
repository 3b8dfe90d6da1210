package gov.supervision.app.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.app.EngineTime;
import gov.supervision.bpmn.DispatchProcess;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger through its REST API, on the bulletin's plan: filters, lights as the engine's clock moves, sorting,
 * paging, the CSV export, who sees what, and bad parameters answered precisely. Counts of the plan's tasks by leader,
 * lead unit and section are counted in the bulletin.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class LedgerApiTest extends EngineTestSupport {

    /** Monday 1 March 2027, 09:00 in Liaocheng. */
    static final Instant MONDAY = Instant.parse("2027-03-01T01:00:00Z");

    @Autowired
    ManagementService management;

    @AfterEach
    void resetTheClock() {
        EngineTime.reset();
    }

    @Test
    void theLedgerIsFilteredSortedPagedAndExportedWithLightsAsTheClockMoves() {
        EngineTime time = new EngineTime(management);
        time.moveTo(MONDAY);
        for (int number : List.of(4, 9, 6)) {
            assertThat(api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":"
                    + number + "}").body().get("started").asInt()).isOne();
        }
        JsonNode acknowledge = api.get("gxj", "/api/work-items?taskNumber=4&step=" + DispatchProcess.Elements.ACKNOWLEDGE)
                .body().get(0);
        assertThat(api.post("gxj", "/api/work-items/" + acknowledge.get("id").asText(),
                "{\"responsiblePerson\":\"李四\"}").status()).isEqualTo(200);
        // task 4's first report is due Tuesday 2 March 17:00; tasks 9 and 6 are to be acknowledged by Wednesday 17:00
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api.ledgerRow(4).get("round").asInt() == 1);

        assertThat(numbers("&light=GREEN")).containsExactly(4, 6, 9);
        assertThat(api.ledgerRow(4).get("nextDueAt").asText()).isEqualTo("2027-03-02T09:00:00Z");
        assertThat(numbers("&light=AMBER")).isEmpty();

        time.moveTo(Instant.parse("2027-03-02T02:00:00Z")); // Tuesday 10:00: task 4's report is due in 7 hours
        assertThat(numbers("&light=AMBER")).containsExactly(4);
        assertThat(api.ledgerRow(4).get("lightReasons").toString()).isEqualTo("[\"DUE_SOON\"]");
        assertThat(numbers("&light=GREEN&leadUnit=gxj")).containsExactly(9);

        time.moveTo(Instant.parse("2027-03-03T10:00:00Z")); // Wednesday 18:00: all three are late
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> numbers("&overdue=true").size() == 3);
        assertThat(numbers("&overdue=true&sort=-daysOverdue,taskNumber")).containsExactly(4, 6, 9);
        assertThat(api.ledgerRow(4).get("daysOverdue").asInt()).as("25 hours late").isEqualTo(2);
        assertThat(api.ledgerRow(9).get("daysOverdue").asInt()).as("an hour late").isOne();
        assertThat(numbers("&light=RED")).containsExactly(4, 6, 9);
        assertThat(numbers("&overdue=false")).hasSize(147);

        Api.Response page = api.get("supervisor", "/api/ledger?plan=" + PLAN + "&sort=-light,taskNumber&size=2&page=1");
        assertThat(page.body().findValuesAsText("taskNumber")).containsExactly("9", "1");
        ResponseEntity<String> paged = rest.withBasicAuth("supervisor", "supervisor")
                .getForEntity("/api/ledger?plan=" + PLAN + "&size=2&page=1", String.class);
        assertThat(paged.getHeaders().getFirst("X-Total-Count")).isEqualTo("150");

        ResponseEntity<String> csv = rest.withBasicAuth("auditor", "auditor")
                .getForEntity("/api/ledger?plan=" + PLAN + "&format=csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines).hasSize(151);
        assertThat(lines.get(0)).startsWith("\uFEFFplanNumber,taskNumber,section,shortTitle,leadLeaders,leadUnits,");
        assertThat(lines.get(4)).startsWith(PLAN + ",4,").contains(",陈秀兴,市工业和信息化局,").contains(",RED,OVERDUE,");
    }

    @Test
    void filtersBySectionUnitAndLeaderAsThePlanWritesThem() {
        assertThat(numbers("&leader=陈秀兴")).hasSize(49);
        assertThat(numbers("&leadUnit=市工业和信息化局")).containsExactly(4, 9, 14, 15, 16, 18, 19, 20, 33, 34, 38, 52);
        assertThat(numbers("&unit=gxj")).as("led or cooperated on").hasSize(12 + 8);
        assertThat(numbers("&section=九、聚焦聚力民生保障,实现人民生活新期待")).hasSize(24);
        JsonNode task8 = api.ledgerRow(8);
        assertThat(task8.get("leadLeaders").toString()).isEqualTo("[\"陈秀兴\",\"成伟\"]");
        assertThat(task8.get("leadUnits").findValuesAsText("name")).containsExactly("市应急局", "市发展改革委", "市生态环境局");
        assertThat(task8.get("light").isNull()).as("not yet dispatched").isTrue();
    }

    @Test
    void unitsAndLeadersSeeOnlyTheTasksTheyLead() {
        assertThat(numbers("gxj", "")).containsExactly(4, 9, 14, 15, 16, 18, 19, 20, 33, 34, 38, 52);
        assertThat(numbers("gxj", "&leadUnit=fgw")).isEmpty();
        assertThat(numbers("chenxiuxing", "")).hasSize(49);
        assertThat(numbers("chenxiuxing", "&leader=田中俊")).isEmpty();
        JsonNode view = api.get("tianzhongjun", "/api/leader-view").body();
        assertThat(view.get("tasks").asInt()).isEqualTo(42);
        assertThat(view.at("/lights/GREEN").asInt()).as("none dispatched").isZero();
        assertThat(api.get("gxj", "/api/leader-view?leader=田中俊").status()).isEqualTo(403);
        assertThat(api.get("supervisor", "/api/leader-view?leader=田中俊").body().get("tasks").asInt()).isEqualTo(42);
    }

    @Test
    void badParametersAreAnsweredWithTheFieldAndChangeNothing() {
        Api.Response sort = api.get("supervisor", "/api/ledger?sort=-colour");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.body().get("field").asText()).isEqualTo("sort");
        assertThat(sort.detail()).startsWith("sort: unknown sort key -colour; expected one of [plan, taskNumber,");
        assertThat(api.get("supervisor", "/api/ledger?size=0").detail())
                .isEqualTo("size: must be between 1 and 1000, was 0");
        assertThat(api.get("supervisor", "/api/ledger?page=-1").detail()).isEqualTo("page: must be 0 or more, was -1");
        assertThat(api.get("supervisor", "/api/ledger?light=PURPLE").detail())
                .isEqualTo("light: expected one of [GREEN, AMBER, RED], got PURPLE");
        assertThat(api.get("supervisor", "/api/ledger?format=xml").detail())
                .isEqualTo("format: expected json or csv, got xml");
        assertThat(api.get("supervisor", "/api/scorecards?period=2021-W54").detail())
                .isEqualTo("period: 2021 has no week 54: 2021-W54");
        assertThat(api.get("supervisor", "/api/scorecards?from=2021-03-01").detail()).startsWith("to: a scorecard needs");
    }

    private List<Integer> numbers(String filters) {
        return numbers("supervisor", filters);
    }

    private List<Integer> numbers(String user, String filters) {
        return api.get(user, "/api/ledger?plan=" + PLAN + filters).body().findValuesAsText("taskNumber").stream()
                .map(Integer::valueOf).toList();
    }
}
