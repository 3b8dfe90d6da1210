package gov.supervision.app.security;

import gov.supervision.app.Doors;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what through which door, one line each: every endpoint of our API, and the resources of Camunda's REST
 * API and of its webapps' API a browser session reaches, each knocked on by every role. The expected answer is
 * exact: 2xx allowed; 400, 404 and 409 where the door lets the role in and the request or the task's rules then
 * refuse it (no line changes the record); 401 no user; 403 the role may not. A unit on its own task is 市工业和信息化局
 * (gxj) on task 14; a unit on another's task is 市农业农村局 (nyncj), which task 14 does not name.
 */
class AuthorizationMatrixTest extends EngineTestSupport {

    /** The roles, in the columns' order; null knocks with no user. */
    private static final List<String> USERS = java.util.Arrays.asList("supervisor", "auditor", "chenxiuxing", "gxj",
            "nyncj", null, "admin");
    /** The webapp each role signs in to (a leader has none: its login is refused). */
    private static final List<String> WEBAPPS = java.util.Arrays.asList("tasklist", "cockpit", "tasklist",
            "tasklist", "tasklist", null, "admin");

    /**
     * door | method | path | body | supervisor auditor leader own-unit other-unit anonymous admin.
     * Doors: api (ours, basic auth), rest (Camunda's REST API, basic auth), app (the webapps' API, their session).
     * Placeholders: {P} the 2021 plan, {P2} the opinion, {T} task 14, {ack} gxj's acknowledgement item on it, {job}
     * its due timer, {pi} its dispatch process, {self} the knocking user. "-" skips a cell.
     */
    private static final String MATRIX = """
            api  | GET    | /actuator/health                              | -                 | 200 200 200 200 200 200 200
            api  | GET    | /actuator/info                                | -                 | 403 403 403 403 403 401 200
            api  | POST   | /api/inspections                              | INSPECT           | 200 403 403 403 403 401 403
            api  | GET    | /api/ledger?plan={P}                          | -                 | 200 200 200 200 200 401 403
            api  | GET    | /api/leader-view?leader=陈秀兴                 | -                 | 200 200 200 403 403 401 403
            api  | GET    | /api/leader-view?leader=何宪卓                 | -                 | 200 200 403 403 403 401 403
            api  | GET    | /api/scorecards?plan={P}&period=2026-W49      | -                 | 200 200 200 200 200 401 403
            api  | GET    | /api/bulletins/weekly?plan={P}&week=2026-W49  | -                 | 200 200 200 403 403 401 403
            api  | GET    | /api/work-items                               | -                 | 200 200 200 200 200 401 403
            api  | POST   | /api/work-items/{ack}                         | {"bogus":1}       | 404 404 404 400 404 401 403
            api  | POST   | /api/tasks/{T}/extension-requests             | EXTENSION         | 403 403 403 409 404 401 403
            api  | POST   | /api/tasks/{T}/contributions                  | {"text":"配合"}    | 403 403 403 409 404 401 403
            api  | POST   | /api/tasks/{T}/follow-up/stop                 | {"reason":"并入"}  | 409 403 403 403 403 401 403
            api  | POST   | /api/tasks/{T}/follow-up/start                | -                 | 409 403 403 403 403 401 403
            api  | POST   | /api/tasks/{T}/reopen                         | {"reason":"复发"}  | 409 403 403 403 403 401 403
            api  | POST   | /api/plan-imports/preview?plan={P2}           | BULLETIN          | 200 403 403 403 403 401 403
            api  | POST   | /api/plan-imports?plan={P2}                   | NUL_BULLETIN      | 400 403 403 403 403 401 403
            api  | POST   | /api/escalation-policy                        | DMN               | 400 403 403 403 403 401 403
            api  | GET    | /api/tasks/{T}/history                        | -                 | 200 200 200 200 404 401 403
            api  | GET    | /api/tasks/{T}/as-of?at=2199-01-01            | -                 | 200 200 200 200 404 401 403
            api  | GET    | /api/audit/verification                       | -                 | 200 200 403 403 403 401 403
            api  | GET    | /api/projections                              | -                 | 200 403 403 403 403 401 403
            api  | GET    | /api/projections/ledger                       | -                 | 200 403 403 403 403 401 403
            api  | POST   | /api/projections/nothing/rebuild              | -                 | 404 403 403 403 403 401 403
            api  | GET    | /api/reconciliation                           | -                 | 200 200 403 403 403 401 403
            api  | GET    | /api/dead-letters                             | -                 | 200 403 403 403 403 401 200
            api  | GET    | /api/dead-letters?projection=nothing          | -                 | 404 403 403 403 403 401 404
            api  | GET    | /api/dead-letters/ledger/{T}                  | -                 | 404 403 403 403 403 401 404
            api  | POST   | /api/dead-letters/ledger/{T}/retry            | -                 | 404 403 403 403 403 401 404
            api  | DELETE | /api/dead-letters/ledger/{T}/1                | -                 | 404 403 403 403 403 401 404
            rest | GET    | /engine-rest/engine                           | -                 | 403 403 403 403 403 401 200
            rest | GET    | /engine-rest/task                             | -                 | 403 403 403 403 403 401 200
            rest | GET    | /engine-rest/process-instance                 | -                 | 403 403 403 403 403 401 200
            rest | GET    | /engine-rest/history/process-instance         | -                 | 403 403 403 403 403 401 200
            rest | GET    | /engine-rest/user                             | -                 | 403 403 403 403 403 401 200
            rest | GET    | /engine-rest/authorization                    | -                 | 403 403 403 403 403 401 200
            rest | POST   | /engine-rest/process-definition/key/extension/start | {}           | 403 403 403 403 403 401 403
            rest | POST   | /engine-rest/process-definition/key/dispatch/start  | {}           | 403 403 403 403 403 401 403
            rest | POST   | /engine-rest/message                          | MESSAGE           | 403 403 403 403 403 401 403
            rest | POST   | /engine-rest/signal                           | {"name":"x"}      | 403 403 403 403 403 401 403
            rest | PUT    | /engine-rest/task/{ack}/variables/taskId      | VARIABLE          | 403 403 403 403 403 401 403
            rest | POST   | /engine-rest/task/{ack}/complete              | FORGED            | 403 403 403 403 403 401 400
            rest | POST   | /engine-rest/task/{ack}/bpmnError             | {"errorCode":"x"} | 403 403 403 403 403 401 403
            rest | PUT    | /engine-rest/job/{job}/duedate                | DUEDATE           | 403 403 403 403 403 401 403
            rest | POST   | /engine-rest/job/{job}/execute                | -                 | 403 403 403 403 403 401 403
            rest | POST   | /engine-rest/process-instance/{pi}/modification | MODIFICATION    | 403 403 403 403 403 401 403
            rest | PUT    | /engine-rest/process-instance/{pi}/suspended  | {"suspended":true}| 403 403 403 403 403 401 403
            rest | DELETE | /engine-rest/process-instance/{pi}            | -                 | 403 403 403 403 403 401 -
            rest | DELETE | /engine-rest/process-instance/no-such-process | -                | 403 403 403 403 403 401 404
            app  | GET    | /camunda/api/admin/auth/user/default          | -                 | 200 200 404 200 200 404 200
            app  | GET    | /camunda/api/engine/engine/default/task?candidateGroup=gxj | -    | 200 200 401 200 200 401 200
            app  | GET    | /camunda/api/engine/engine/default/task/{ack} | -                 | 200 200 401 200 404 401 200
            app  | GET    | /camunda/api/engine/engine/default/task/{ack}/form-variables | -  | 200 200 401 200 403 401 200
            app  | PUT    | /camunda/api/engine/engine/default/task/{ack}/variables/taskId | VARIABLE | 403 403 401 403 403 401 403
            app  | POST   | /camunda/api/engine/engine/default/task/{ack}/complete | FORGED   | 403 403 401 400 404 401 400
            app  | POST   | /camunda/api/engine/engine/default/task/{ack}/submit-form | BAD_FORM | 403 403 401 400 404 401 400
            app  | POST   | /camunda/api/engine/engine/default/task/{ack}/bpmnError | {"errorCode":"x"} | 403 403 401 403 403 401 403
            app  | POST   | /camunda/api/engine/engine/default/task/{ack}/assignee | {"userId":"supervisor"} | 403 403 401 403 403 401 -
            app  | POST   | /camunda/api/engine/engine/default/process-definition/key/extension/start | {} | 403 403 401 403 403 401 403
            app  | POST   | /camunda/api/engine/engine/default/message    | MESSAGE           | 403 403 401 403 403 401 403
            app  | PUT    | /camunda/api/engine/engine/default/job/{job}/duedate | DUEDATE    | 403 403 401 403 403 401 403
            app  | POST   | /camunda/api/engine/engine/default/process-instance/{pi}/modification | MODIFICATION | 403 403 401 403 403 401 403
            app  | PUT    | /camunda/api/engine/engine/default/user/{self}/profile | PROFILE  | 403 403 401 403 403 401 -
            app  | DELETE | /camunda/api/engine/engine/default/user/{self} | -                | 403 403 401 403 403 401 -
            app  | PUT    | /camunda/api/engine/engine/default/group/gxj/members/{self} | -   | 403 403 401 403 403 401 -
            app  | POST   | /camunda/api/admin/setup/default/user/create  | SETUP             | 401 401 401 401 401 401 401
            """;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Doors doors;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> bodies = new LinkedHashMap<>();

    @BeforeEach
    void taskFourteenInspected() throws Exception {
        doors = new Doors(port);
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":14}");
        String task = api.ledgerRow(14).get("taskId").asText();
        String dispatch = runtime.createProcessInstanceQuery().processDefinitionKey(DispatchProcess.KEY)
                .processInstanceBusinessKey(task).singleResult().getId();
        values.put("{P}", URLEncoder.encode(PLAN, StandardCharsets.UTF_8));
        values.put("{P2}", URLEncoder.encode("聊政发〔2021〕2号", StandardCharsets.UTF_8));
        values.put("{T}", task);
        values.put("{pi}", dispatch);
        values.put("{ack}", tasks.createTaskQuery().processInstanceId(dispatch)
                .taskDefinitionKey(DispatchProcess.Elements.ACKNOWLEDGE).singleResult().getId());
        values.put("{job}", management.createJobQuery().processInstanceId(dispatch).timers()
                .activityId(DispatchProcess.Elements.TIMER_DUE).singleResult().getId());
        String bulletin = Files.readString(Path.of("src/main/resources/bulletins/liaocheng-2021-02.txt"));
        bodies.put("INSPECT", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":14}");
        bodies.put("EXTENSION", "{\"dueId\":\"ack/gxj\",\"requestedDueAt\":\"2000-01-01T00:00:00Z\",\"reason\":\"x\"}");
        bodies.put("BULLETIN", bulletin);
        // the NUL in the chosen plan's own document: another document's trouble would not hold it up
        int plan2 = bulletin.indexOf("\n聊政发〔2021〕2号\n");
        bodies.put("NUL_BULLETIN", bulletin.substring(0, plan2) + bulletin.substring(plan2).replaceFirst("加强", "加\u0000强"));
        bodies.put("DMN", "<definitions/>");
        bodies.put("MESSAGE", "{\"messageName\":\"DueExtended-ack/gxj\",\"businessKey\":\"" + task + "\"}");
        bodies.put("VARIABLE", "{\"value\":\"another task\",\"type\":\"String\"}");
        bodies.put("FORGED", "{\"variables\":{\"taskId\":{\"value\":\"another task\"},"
                + "\"responsiblePerson\":{\"value\":\"李四\"}}}");
        bodies.put("BAD_FORM", "{\"variables\":{\"responsiblePerson\":{\"value\":\"李\\u0000四\"}}}");
        bodies.put("DUEDATE", "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}");
        bodies.put("MODIFICATION", "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":"
                + "\"EndEvent_Acknowledged\"}]}");
        bodies.put("PROFILE", "{\"firstName\":\"何宪卓\"}");
        bodies.put("SETUP", "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}");
    }

    private record Line(String door, String method, String path, String body, List<String> expected, String text) {
    }

    private static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String text : MATRIX.strip().lines().toList()) {
            String[] cells = text.split("\\|");
            List<String> expected = List.of(cells[4].strip().split("\\s+"));
            assertThat(expected).as(text).hasSize(USERS.size());
            lines.add(new Line(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), expected,
                    text.strip()));
        }
        return lines;
    }

    @Test
    void eachRoleGetsExactlyTheAnswerTheMatrixSays() {
        long events = this.events.count();
        Map<String, Doors.Webapp> sessions = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Line line : lines()) {
            for (int column = 0; column < USERS.size(); column++) {
                String expected = line.expected().get(column);
                if (expected.equals("-")) {
                    continue;
                }
                String user = USERS.get(column);
                Doors.Answer answer = knock(line, user, column, sessions);
                if (answer.status() != Integer.parseInt(expected)
                        || answer.status() >= 400 && !answer.isProblem()) {
                    wrong.add("%s as %s: expected %s, got %s".formatted(line.text(), user, expected, answer));
                }
            }
        }
        assertThat(wrong).as("lines answered otherwise than the matrix says").isEmpty();
        assertThat(this.events.count()).as("no line changed the record").isEqualTo(events);
    }

    /** No endpoint of our API goes without its line: one added later must say who may use it. */
    @Test
    void everyEndpointOfTheApiHasItsLine() {
        List<Line> lines = lines();
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/")).forEach(pattern -> {
                    Pattern path = Pattern.compile(pattern.replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?");
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        boolean covered = lines.stream().anyMatch(line -> line.door().equals("api")
                                && line.method().equals(method.name())
                                && path.matcher(line.path().replace("{T}", "t").replace("{ack}", "a")).matches());
                        if (!covered) {
                            missing.add(method + " " + pattern);
                        }
                    }
                }));
        assertThat(missing).isEmpty();
    }

    private Doors.Answer knock(Line line, String user, int column, Map<String, Doors.Webapp> sessions) {
        String path = line.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        path = path.replace("{self}", user == null ? "nobody" : user);
        path = path.replace("陈秀兴", URLEncoder.encode("陈秀兴", StandardCharsets.UTF_8))
                .replace("何宪卓", URLEncoder.encode("何宪卓", StandardCharsets.UTF_8));
        String body = line.body().equals("-") ? null : bodies.getOrDefault(line.body(), line.body());
        String contentType = body == null ? null : line.body().endsWith("BULLETIN") ? "text/plain; charset=UTF-8"
                : line.body().equals("DMN") ? "application/xml" : "application/json";
        if (line.door().equals("app")) {
            String key = user + "@" + WEBAPPS.get(column);
            Doors.Webapp session = sessions.computeIfAbsent(key, k -> doors.webapp(user == null ? "" : user,
                    WEBAPPS.get(column) == null ? "tasklist" : WEBAPPS.get(column)));
            return session.call(line.method(), path, body);
        }
        return doors.call(user, line.method(), path, contentType, body, Map.of());
    }
}
