package gov.supervision.app.loop;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.app.Api;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.app.EngineTime;
import gov.supervision.bpmn.DispatchProcess;
import gov.supervision.bpmn.EscalationProcess;
import gov.supervision.bpmn.ExtensionProcess;
import gov.supervision.bpmn.FollowUpProcess;
import gov.supervision.bpmn.TaskVariables;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One quarter of supervision, simulated on the engine's clock from one moment to the next (a timer falling due, or
 * 10:00 each day when people work): ten tasks of the bulletin's plan whose
 * lead units behave differently, a supervisor who reviews, decides and verifies as soon as work reaches them, and
 * the default schedule (rounds every Friday 09:00, reports due Tuesday 17:00) and escalation policy. The events,
 * strikes and ledger rows each behaviour leads to are counted by hand in {@link #expected()}; the ledger's lights and
 * figures, the unit scorecards, a leader's view and the tasks as of chosen instants in the methods that check them.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class QuarterSimulationTest extends EngineTestSupport {

    /** How a lead unit behaves on its task through the quarter. */
    enum Behaviour {
        /** acknowledges at once and reports every Monday */
        ON_TIME,
        /** like ON_TIME, but misses the reports of rounds 3 and 7, then rectifies as ordered */
        LATE_TWICE,
        /** acknowledges, then never reports nor rectifies */
        NEVER_REPORTS,
        /** like ON_TIME, and asks to close the task once its 4th report is in */
        CLOSES_EARLY,
        /** never acknowledges nor rectifies */
        NEVER_ACKNOWLEDGES
    }

    static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    /** Friday 8 January 2027, 09:00 in Liaocheng: inspection starts. */
    static final Instant START = Instant.parse("2027-01-08T01:00:00Z");
    /** Tuesday 6 April 2027, 18:00: an hour after round 13's reports were due. */
    static final Instant END = Instant.parse("2027-04-06T10:00:00Z");

    /** Task number → behaviour; every task has one lead unit, whose id is its demo user's login. */
    static final Map<Integer, Behaviour> TASKS = new LinkedHashMap<>();

    static {
        TASKS.put(1, Behaviour.ON_TIME);            // 市发展改革委
        TASKS.put(2, Behaviour.ON_TIME);            // 市财政局
        TASKS.put(7, Behaviour.ON_TIME);            // 市人力资源社会保障局
        TASKS.put(11, Behaviour.LATE_TWICE);        // 市市场监管局
        TASKS.put(13, Behaviour.LATE_TWICE);        // 市人力资源社会保障局
        TASKS.put(19, Behaviour.NEVER_REPORTS);     // 市工业和信息化局
        TASKS.put(35, Behaviour.NEVER_REPORTS);     // 市大数据局
        TASKS.put(3, Behaviour.CLOSES_EARLY);       // 市发展改革委
        TASKS.put(36, Behaviour.CLOSES_EARLY);      // 市农业农村局
        TASKS.put(45, Behaviour.NEVER_ACKNOWLEDGES); // 市高铁新区管委会
    }

    /** What each behaviour leads to by the end of the quarter. */
    record Outcome(Map<String, Long> events, String status, int strikes, Integer round, boolean raised,
                   Figures figures) {
    }

    /** The ledger's figures for a task at the end of the quarter, light included. */
    record Figures(Integer percentComplete, String light, List<String> lightReasons, int daysOverdue,
                   int openNotices, String lastReportAt, String closedOn) {
    }

    @Autowired
    ManagementService management;
    @Autowired
    TaskService camundaTasks;
    @Autowired
    gov.supervision.app.bulletin.WeeklyBulletins bulletins;

    private final Map<Integer, Integer> reportsSubmitted = new HashMap<>();
    private final Map<String, Number> taskNumbers = new HashMap<>();

    @AfterEach
    void resetTheClock() {
        EngineTime.reset();
    }

    @Test
    void aQuarterOfTenTasksEndsExactlyAsTheirUnitsBehaved() {
        EngineTime time = new EngineTime(management);
        time.moveTo(START);
        TASKS.keySet().forEach(number -> assertThat(api.post("supervisor", "/api/inspections",
                "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":" + number + "}").body().get("started").asInt())
                .isOne());

        for (Instant now = START; now != null; now = nextMoment(now)) {
            time.moveTo(now);
            while (actOnce(now)) {
                // act until nobody has anything left to do at this moment
            }
        }

        Map<Behaviour, Outcome> expected = expected();
        awaitProjectionsCaughtUp();
        for (Map.Entry<Integer, Behaviour> task : TASKS.entrySet()) {
            Outcome outcome = expected.get(task.getValue());
            JsonNode row = api.ledgerRow(task.getKey());
            String taskId = row.get("taskId").asText();
            assertThat(eventCounts(taskId)).as("events of task %d (%s)", task.getKey(), task.getValue())
                    .isEqualTo(new TreeMap<>(outcome.events()));
            assertThat(row.get("status").asText()).as("status of task %d", task.getKey()).isEqualTo(outcome.status());
            assertThat(row.get("strikes").asInt()).as("strikes of task %d", task.getKey()).isEqualTo(outcome.strikes());
            assertThat(row.get("round").isNull() ? null : row.get("round").asInt()).as("round of task %d",
                    task.getKey()).isEqualTo(outcome.round());
            assertThat(row.get("raised").asBoolean()).as("raised task %d", task.getKey()).isEqualTo(outcome.raised());
            assertThat(figures(row)).as("ledger figures of task %d (%s)", task.getKey(), task.getValue())
                    .isEqualTo(outcome.figures());
        }
        theUnitScorecardsOfTheQuarterAreAsCountedByHand();
        aLeaderSeesTheTasksTheyLeadWithTheirLights();
        aTaskAsOfAnInstantIsWhatItsEventsSaidThen();
        aTasksHistoryCanBeFilteredAndExported();
        theWeeksBulletinIsAsCountedByHand();
    }

    /**
     * The bulletin of the quarter's last week (2027-W14, Monday 5 to Sunday 11 April), read on Tuesday 18:00: lights
     * as the ledger shows them now; round 13's seven reports due Tuesday 17:00, five on time, the two of the units
     * that never report missed, and an accountability action for each; the week's ranking: the four units whose
     * report came on time score 100 (rank 1), the two that missed it 0 − 20 (rank 5); the others had nothing due.
     */
    private void theWeeksBulletinIsAsCountedByHand() {
        gov.supervision.app.bulletin.WeeklyBulletin bulletin = bulletins.assemble(PLAN,
                gov.supervision.app.bulletin.Week.parse("2027-W14"));

        assertThat(bulletin.summary()).isEqualTo(new gov.supervision.app.bulletin.BulletinSummary(150, 8, 2, 3, 0, 7,
                7, 5, 0, 2));
        assertThat(bulletin.redTasks()).extracting(t -> t.number() + " " + t.daysOverdue() + " " + t.reasons())
                .containsExactly("19 85 [逾期未办, 被通报或问责, 提级督办]", "35 85 [逾期未办, 被通报或问责, 提级督办]",
                        "45 85 [逾期未办, 被通报或问责, 提级督办]");
        assertThat(bulletin.amberTasks()).isEmpty();
        assertThat(bulletin.greenTasks()).containsExactly(1, 2, 3, 7, 11, 13, 36);
        assertThat(bulletin.lateReports()).extracting(r -> r.unit().id() + " " + r.taskNumber() + " " + r.round()
                        + " " + r.dueAt() + " " + r.outcome())
                .containsExactly("gxj 19 13 2027-04-06T09:00:00Z MISSED", "dsjj 35 13 2027-04-06T09:00:00Z MISSED");
        assertThat(bulletin.notices()).extracting(n -> n.unit().id() + " " + n.taskNumber() + " " + n.step())
                .containsExactly("gxj 19 ACCOUNTABILITY", "dsjj 35 ACCOUNTABILITY");
        assertThat(bulletin.ranking()).extracting(r -> r.unit().id() + " " + r.score() + " " + r.rank())
                .containsExactly("czj 100.0 1", "fgw 100.0 1", "rsj 100.0 1", "scjgj 100.0 1", "dsjj -20.0 5",
                        "gxj -20.0 5");

        org.springframework.http.ResponseEntity<String> page = rest.withBasicAuth("supervisor", "supervisor")
                .getForEntity("/api/bulletins/weekly?plan=" + PLAN + "&week=2027-W14", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        String html = page.getBody().replaceAll("\\s+", "");
        assertThat(html).contains("共有重点任务150项，其中督办中8项，已办结2项；红灯3项，黄灯0项，绿灯7项。"
                + "本周应报送进展报告7份，按时报送5份，逾期报送0份，未报送2份。");
    }

    /**
     * The quarter's scorecards (8 January to 6 April, both days included), counted by hand. Every unit acknowledged at
     * once (0 hours after dispatch) except 市高铁新区管委会; reports are on time except those missed. The plan is the
     * 2021 plan, so the early close-outs of 2027 are not within the plan's year: not on time. Scores: 市财政局
     * 100 × (.2 + .4 + .1) / .7 = 100; 市人力资源社会保障局 100 × (.2 + .4 × 24/26 + .1) / .7 − 2 × 5 = 85.6;
     * 市市场监管局 100 × (.2 + .4 × 11/13 + .1) / .7 − 10 = 81.2; 市发展改革委 and 市农业农村局 100 × (.2 + .4 + .1 + 0) = 70;
     * 市高铁新区管委会 0 − 2 × 5 − 20 = −30; 市大数据局 and 市工业和信息化局 100 × .2 / .6 − 2 × 5 − 13 × 20 = −236.7.
     * Tasks led are those of the whole plan (counted in the bulletin); the plan's other units had nothing rated.
     */
    private void theUnitScorecardsOfTheQuarterAreAsCountedByHand() {
        JsonNode scorecards = api.get("auditor", "/api/scorecards?plan=" + PLAN + "&from=2027-01-08&to=2027-04-06")
                .body();
        assertThat(scorecards.at("/period/from").asText()).isEqualTo("2027-01-07T16:00:00Z");
        assertThat(scorecards.at("/period/to").asText()).isEqualTo("2027-04-06T16:00:00Z");
        List<String> ranked = new java.util.ArrayList<>();
        for (JsonNode unit : scorecards.get("units")) {
            if (!unit.get("rank").isNull()) {
                ranked.add(String.join(" ", unit.get("unitId").asText(), unit.get("tasksLed").asText(),
                        unit.get("acknowledgementsDue").asText(), unit.get("acknowledgedOnTime").asText(),
                        unit.get("acknowledgementsMissed").asText(), unit.get("averageAcknowledgementHours").asText(),
                        unit.get("reportsDue").asText(), unit.get("reportsOnTime").asText(),
                        unit.get("reportsMissed").asText(), unit.get("reportsSubmitted").asText(),
                        unit.get("reportsReturned").asText(), unit.get("notices").asText(),
                        unit.get("accountabilityActions").asText(), unit.get("tasksClosed").asText(),
                        unit.get("tasksClosedOnTime").asText(), unit.get("score").asText(), unit.get("rank").asText()));
            } else {
                assertThat(unit.get("score").isNull()).isTrue();
            }
        }
        // unit, tasks led, acks due / on time / missed, hours, reports due / on time / missed / submitted / returned,
        // notices, accountability actions, closed / on time, score, rank
        assertThat(ranked).containsExactly(
                "czj 5 1 1 0 0.0 13 13 0 13 0 0 0 0 0 100.0 1",
                "rsj 3 2 2 0 0.0 26 24 2 24 0 2 0 0 0 85.6 2",
                "scjgj 4 1 1 0 0.0 13 11 2 11 0 2 0 0 0 81.2 3",
                "fgw 16 2 2 0 0.0 17 17 0 17 0 0 0 1 0 70.0 4",
                "nyncj 12 1 1 0 0.0 4 4 0 4 0 0 0 1 0 70.0 4",
                "gtxqgwh 2 1 0 1 null 0 0 0 0 0 2 1 0 0 -30.0 6",
                "dsjj 2 1 1 0 0.0 13 0 13 0 0 2 13 0 0 -236.7 7",
                "gxj 12 1 1 0 0.0 13 0 13 0 0 2 13 0 0 -236.7 7");
    }

    /** 何宪卓 leads 21 tasks of the plan; of those simulated, 11 and 36 are green and 35 is red. */
    private void aLeaderSeesTheTasksTheyLeadWithTheirLights() {
        JsonNode view = api.get("hexianzhuo", "/api/leader-view?plan=" + PLAN).body();
        assertThat(view.get("tasks").asInt()).isEqualTo(21);
        assertThat(view.at("/lights/GREEN").asInt()).isEqualTo(2);
        assertThat(view.at("/lights/AMBER").asInt()).isZero();
        assertThat(view.at("/lights/RED").asInt()).isOne();
        assertThat(api.get("hexianzhuo", "/api/ledger?plan=" + PLAN + "&light=RED").body().findValuesAsText("taskNumber"))
                .containsExactly("35");
        assertThat(api.get("hexianzhuo", "/api/leader-view?leader=陈秀兴").status()).isEqualTo(403);
    }

    /**
     * Task 19 (市工业和信息化局 never reports) as of three instants: the morning of inspection (its first round due
     * Tuesday 12 January 17:00, more than a day off); an hour after that report was due (missed: a strike, a
     * criticism issued at once); the end of the quarter's last day. Task 3 as of the end of January, before it closed.
     */
    private void aTaskAsOfAnInstantIsWhatItsEventsSaidThen() {
        String task19 = api.ledgerRow(19).get("taskId").asText();
        JsonNode morning = api.get("auditor", "/api/tasks/" + task19 + "/as-of?at=2027-01-08T02:00:00Z").body();
        assertThat(asOf(morning)).isEqualTo("ACKNOWLEDGED 0 1 GREEN [] 0 0");
        assertThat(morning.at("/ledger/nextDueAt").asText()).isEqualTo("2027-01-12T09:00:00Z");
        assertThat(morning.get("events").asInt()).isEqualTo(5);

        JsonNode missed = api.get("auditor", "/api/tasks/" + task19 + "/as-of?at=2027-01-12T10:00:00Z").body();
        assertThat(asOf(missed)).isEqualTo("ACKNOWLEDGED 1 1 RED [\"OVERDUE\",\"UNDER_NOTICE\"] 1 1");
        assertThat(missed.at("/openNotices/0/step").asText()).isEqualTo("CRITICISM");
        assertThat(missed.get("lastReport").isNull()).isTrue();

        JsonNode end = api.get("auditor", "/api/tasks/" + task19 + "/as-of?at=2027-04-06").body();
        assertThat(asOf(end)).isEqualTo("ACKNOWLEDGED 15 13 RED [\"OVERDUE\",\"UNDER_NOTICE\",\"RAISED\"] 85 15");
        assertThat(end.get("events").asInt()).isEqualTo(78);

        String task3 = api.ledgerRow(3).get("taskId").asText();
        JsonNode january = api.get("auditor", "/api/tasks/" + task3 + "/as-of?at=2027-01-31").body();
        assertThat(asOf(january)).isEqualTo("REPORTED 0 4 GREEN [] 0 0");
        assertThat(january.at("/ledger/percentComplete").asInt()).as("3 reports accepted").isEqualTo(21);
        assertThat(january.at("/lastReport/review").asText()).isEqualTo("ACCEPTED_ON_TRACK");

        assertThat(api.get("auditor", "/api/tasks/" + task19 + "/as-of?at=2020-01-01").status()).isEqualTo(404);
        assertThat(api.get("auditor", "/api/tasks/" + task19 + "/as-of?at=yesterday").status()).isEqualTo(400);
        assertThat(api.get("dsjj", "/api/tasks/" + task19 + "/as-of?at=2027-04-06").status()).isEqualTo(404);
    }

    /** Task 19's 15 escalations: 13 for missed reports, 2 for missed rectifications; 12 January's three events. */
    private void aTasksHistoryCanBeFilteredAndExported() {
        String task19 = api.ledgerRow(19).get("taskId").asText();
        JsonNode escalations = api.get("auditor", "/api/tasks/" + task19 + "/history?type=EscalationProposed").body();
        Map<String, Long> reasons = escalations.valueStream().map(entry -> entry.get("reason").asText())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        assertThat(reasons).isEqualTo(Map.of("RECTIFICATION_NOT_MET", 2L, "REPORT_OVERDUE", 13L));
        JsonNode day = api.get("auditor", "/api/tasks/" + task19 + "/history?from=2027-01-12&to=2027-01-12").body();
        assertThat(day.findValuesAsText("type")).containsExactly("ReportOverdue", "EscalationProposed", "NoticeIssued");

        org.springframework.http.ResponseEntity<String> csv = rest.withBasicAuth("auditor", "auditor")
                .getForEntity("/api/tasks/" + task19 + "/history?format=csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines).hasSize(1 + 78);
        assertThat(lines.get(0)).isEqualTo("\uFEFFsequence,type,time,actor,actorRole,actorUnit,reason,recordedAt,payload");
        assertThat(lines.get(1)).startsWith("0,TaskRegistered,");
    }

    private static String asOf(JsonNode state) {
        JsonNode ledger = state.get("ledger");
        return String.join(" ", ledger.get("status").asText(), ledger.get("strikes").asText(),
                ledger.get("round").asText(), ledger.get("light").asText(), ledger.get("lightReasons").toString(),
                ledger.get("daysOverdue").asText(), ledger.get("openNotices").asText());
    }

    private static Figures figures(JsonNode row) {
        List<String> reasons = new java.util.ArrayList<>();
        row.get("lightReasons").forEach(reason -> reasons.add(reason.asText()));
        return new Figures(row.get("percentComplete").isNull() ? null : row.get("percentComplete").asInt(),
                row.get("light").asText(), reasons, row.get("daysOverdue").asInt(), row.get("openNotices").asInt(),
                row.get("lastReportAt").isNull() ? null : row.get("lastReportAt").asText(),
                row.get("closedOn").isNull() ? null : row.get("closedOn").asText());
    }

    /**
     * Counted by hand from the schedule: acknowledgement due Tuesday 12 January 17:00; 13 rounds (the first at
     * acknowledgement, then every Friday to 2 April), each due the next Tuesday 17:00 with a reminder on Monday
     * 17:00; the policy: 1st strike criticism (10-day rectification), 2nd admonition (7 days), 3rd and more
     * accountability, and raised supervision at 3 strikes on the task. The quarter ends Tuesday 6 April 18:00: the
     * last reports were due an hour before; a lapse since 12 January 17:00 is 84 days and an hour old, its 85th day.
     */
    static Map<Behaviour, Outcome> expected() {
        Map<Behaviour, Outcome> outcomes = new HashMap<>();
        outcomes.put(Behaviour.ON_TIME, new Outcome(events(
                "TaskRegistered", 1, "TaskDispatched", 1, "TaskAcknowledged", 1, "FollowUpStarted", 1,
                "FollowUpRoundOpened", 13, "ProgressReported", 13, "ReportAccepted", 13),
                "REPORTED", 0, 13, false,
                new Figures(91, "GREEN", List.of(), 0, 0, "2027-04-05T02:00:00Z", null)));
        outcomes.put(Behaviour.LATE_TWICE, new Outcome(events(
                "TaskRegistered", 1, "TaskDispatched", 1, "TaskAcknowledged", 1, "FollowUpStarted", 1,
                "FollowUpRoundOpened", 13, "ProgressReported", 11, "ReportAccepted", 11,
                "ReminderSent", 2, "ReportOverdue", 2, "EscalationProposed", 2, "NoticeIssued", 2,
                "RectificationReported", 2, "RectificationVerified", 2),
                "REPORTED", 2, 13, false,
                new Figures(91, "GREEN", List.of(), 0, 0, "2027-04-05T02:00:00Z", null)));
        // 13 missed reports and the 2 rectifications ordered (criticism, admonition) missed: 15 strikes
        outcomes.put(Behaviour.NEVER_REPORTS, new Outcome(events(
                "TaskRegistered", 1, "TaskDispatched", 1, "TaskAcknowledged", 1, "FollowUpStarted", 1,
                "FollowUpRoundOpened", 13, "ReminderSent", 15, "ReportOverdue", 13, "RectificationMissed", 2,
                "EscalationProposed", 15, "NoticeIssued", 15, "SupervisionRaised", 1),
                "ACKNOWLEDGED", 15, 13, true,
                new Figures(null, "RED", List.of("OVERDUE", "UNDER_NOTICE", "RAISED"), 85, 15, null, null)));
        outcomes.put(Behaviour.CLOSES_EARLY, new Outcome(events(
                "TaskRegistered", 1, "TaskDispatched", 1, "TaskAcknowledged", 1, "FollowUpStarted", 1,
                "FollowUpRoundOpened", 4, "ProgressReported", 4, "ReportAccepted", 4, "CompletionRequested", 1,
                "TaskClosed", 1),
                "CLOSED", 0, 4, false,
                new Figures(28, "GREEN", List.of(), 0, 0, "2027-02-01T02:00:00Z", "2027-02-01")));
        // the missed acknowledgement, then criticism and admonition whose rectifications are missed too
        outcomes.put(Behaviour.NEVER_ACKNOWLEDGES, new Outcome(events(
                "TaskRegistered", 1, "TaskDispatched", 1, "ReminderSent", 3, "AcknowledgementOverdue", 1,
                "RectificationMissed", 2, "EscalationProposed", 3, "NoticeIssued", 3, "SupervisionRaised", 1),
                "DISPATCHED", 3, null, true,
                new Figures(null, "RED", List.of("OVERDUE", "UNDER_NOTICE", "RAISED"), 85, 3, null, null)));
        return outcomes;
    }

    /**
     * The next moment anything can happen: a job falls due, or it is 10:00 in Liaocheng, when units do their
     * work (people act only at these moments, timers fire when due); null after the end of the quarter.
     */
    private Instant nextMoment(Instant now) {
        ZonedDateTime local = now.atZone(LIAOCHENG);
        Instant next = local.toLocalDate().atTime(10, 0).atZone(LIAOCHENG).toInstant();
        if (!next.isAfter(now)) {
            next = local.toLocalDate().plusDays(1).atTime(10, 0).atZone(LIAOCHENG).toInstant();
        }
        Job job = management.createJobQuery().duedateHigherThan(Date.from(now)).orderByJobDuedate().asc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (job != null && job.getDuedate().toInstant().isBefore(next)) {
            next = job.getDuedate().toInstant();
        }
        if (next.isAfter(END)) {
            return now.isBefore(END) ? END : null;
        }
        return next;
    }

    /** Gives every open user task to whoever acts on it now; answers whether anyone acted. */
    private boolean actOnce(Instant now) {
        for (Task task : camundaTasks.createTaskQuery().active().orderByTaskCreateTime().asc().list()) {
            Number number = taskNumbers.computeIfAbsent(task.getId(),
                    id -> (Number) camundaTasks.getVariable(id, TaskVariables.TASK_NUMBER));
            Behaviour behaviour = TASKS.get(number.intValue());
            String form = decide(task, number.intValue(), behaviour, now);
            if (form != null) {
                String user = task.getTaskDefinitionKey().equals(DispatchProcess.Elements.ACKNOWLEDGE)
                        || isUnitStep(task) ? unitOf(task) : "supervisor";
                Api.Response done = api.post(user, "/api/work-items/" + task.getId(), form);
                assertThat(done.status()).as("%s completes %s on task %s: %s", user, task.getName(), number,
                        done.body()).isEqualTo(200);
                return true;
            }
        }
        return false;
    }

    /** The form the actor submits now, or null if it does nothing (yet). */
    private String decide(Task task, int number, Behaviour behaviour, Instant now) {
        ZonedDateTime local = now.atZone(LIAOCHENG);
        switch (task.getTaskDefinitionKey()) {
            case DispatchProcess.Elements.ACKNOWLEDGE:
                return behaviour == Behaviour.NEVER_ACKNOWLEDGES ? null : "{\"responsiblePerson\":\"联络员\"}";
            case FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT: {
                int round = ((Number) camundaTasks.getVariable(task.getId(), TaskVariables.REPORT_ROUND)).intValue();
                boolean reports = behaviour == Behaviour.ON_TIME || behaviour == Behaviour.CLOSES_EARLY
                        || behaviour == Behaviour.LATE_TWICE && round != 3 && round != 7;
                if (!reports || local.getDayOfWeek() != DayOfWeek.MONDAY || local.getHour() < 10) {
                    return null;
                }
                reportsSubmitted.merge(number, 1, Integer::sum);
                return "{\"text\":\"第%d轮工作进展\",\"percentComplete\":%d}".formatted(round, Math.min(100, round * 7));
            }
            case EscalationProcess.Elements.RECTIFY:
                return behaviour == Behaviour.LATE_TWICE && local.getHour() >= 10
                        ? "{\"rectificationText\":\"已按要求整改\",\"rectificationEvidence\":\"整改报告\"}" : null;
            case FollowUpProcess.Elements.REQUEST_CLOSE_OUT:
                return behaviour == Behaviour.CLOSES_EARLY && reportsSubmitted.getOrDefault(number, 0) >= 4
                        && !reviewPending(task) ? "{\"completionEvidence\":\"验收报告\"}" : null;
            case FollowUpProcess.Elements.REVIEW_REPORT:
                return "{\"reviewDecision\":\"ACCEPT\",\"assessment\":\"ON_TRACK\"}";
            case EscalationProcess.Elements.DECIDE_STEP:
                return "{\"step\":\"%s\"}".formatted(camundaTasks.getVariable(task.getId(),
                        EscalationProcess.Variables.PROPOSED_STEP));
            case EscalationProcess.Elements.VERIFY_RECTIFICATION:
                return "{\"verification\":\"ACCEPT\"}";
            case FollowUpProcess.Elements.VERIFY_CLOSE_OUT:
                return "{\"closeDecision\":\"CLOSE\"}";
            case ExtensionProcess.Elements.DECIDE_EXTENSION:
            default:
                throw new AssertionError("nobody in this quarter expects " + task.getTaskDefinitionKey());
        }
    }

    private boolean reviewPending(Task closeOut) {
        return camundaTasks.createTaskQuery().processInstanceId(closeOut.getProcessInstanceId())
                .taskDefinitionKey(FollowUpProcess.Elements.REVIEW_REPORT).count() > 0;
    }

    private static boolean isUnitStep(Task task) {
        return List.of(FollowUpProcess.Elements.SUBMIT_PROGRESS_REPORT, EscalationProcess.Elements.RECTIFY,
                FollowUpProcess.Elements.REQUEST_CLOSE_OUT).contains(task.getTaskDefinitionKey());
    }

    @SuppressWarnings("unchecked")
    private String unitOf(Task task) {
        Object unit = camundaTasks.getVariable(task.getId(), TaskVariables.UNIT_ID);
        return unit != null ? (String) unit
                : ((List<String>) camundaTasks.getVariable(task.getId(), TaskVariables.LEAD_UNIT_IDS)).get(0);
    }

    private Map<String, Long> eventCounts(String taskId) {
        return new TreeMap<>(events.types(taskId).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
    }

    /** Waits until every projection has processed the whole log, so that no figure read is still on its way. */
    private void awaitProjectionsCaughtUp() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode projection : api.get("supervisor", "/api/projections").body().get("projections")) {
                if (projection.get("position").isNull()
                        || projection.get("position").asLong() < projection.get("head").asLong()) {
                    return false;
                }
            }
            return true;
        });
    }

    private static Map<String, Long> events(Object... typeAndCount) {
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < typeAndCount.length; i += 2) {
            counts.put((String) typeAndCount[i], ((Integer) typeAndCount[i + 1]).longValue());
        }
        return counts;
    }
}
