package gov.supervision.app.webapps;

import gov.supervision.app.EngineTestSupport;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static gov.supervision.app.Api.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit and a supervisor walk the whole loop of one task in Camunda Tasklist, in a real browser, with the demo
 * users: every step's command carries the logged-in user, and closing the task ends all of it.
 */
class TasklistLoopTest extends EngineTestSupport {

    static final String TASK = "8d468d9c-0458-33b8-908a-5d3a943343d7"; // task 9, lead unit 市工业和信息化局 (gxj)

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;

    @Test
    void aUnitAndASupervisorWalkTheLoopInTasklist() {
        Assumptions.assumeTrue(TasklistBrowser.available(),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        api.post("supervisor", "/api/inspections", "{\"planNumber\":\"" + PLAN + "\",\"taskNumber\":9}");

        try (TasklistBrowser tasklist = new TasklistBrowser(port)) {
            tasklist.logIn("gxj").open("Acknowledge").fill("Responsible person", "李四").complete();
            awaitEvent("TaskAcknowledged");
            tasklist.open("Submit progress report").fill("What was done", "制造业增加值增长6.2%")
                    .fill("Percent complete", "35").fill("Evidence references", "统计月报").complete();
            awaitEvent("ProgressReported");

            tasklist.logIn("supervisor").open("Review the report").choose("Accept (通过)")
                    .choose("Slow (进度缓慢)").complete();
            awaitEvent("EscalationProposed");
            tasklist.open("Decide the step").complete(); // the proposed step is preselected
            awaitEvent("NoticeIssued");

            tasklist.logIn("gxj").open("Rectify and report").fill("What was rectified", "已整改到位").complete();
            awaitEvent("RectificationReported");
            tasklist.logIn("supervisor").open("Verify the rectification").choose("Rectified (整改到位)").complete();
            awaitEvent("RectificationVerified");

            tasklist.logIn("gxj").open("Request close-out").fill("Evidence references", "验收报告").complete();
            awaitEvent("CompletionRequested");
            tasklist.logIn("supervisor").open("Verify close-out").choose("Close the task (销号)").complete();
            awaitEvent("TaskClosed");
        }

        assertThat(events.types(TASK)).containsExactly("TaskRegistered", "TaskDispatched", "TaskAcknowledged",
                "FollowUpStarted", "FollowUpRoundOpened", "ProgressReported", "ReportAccepted", "EscalationProposed",
                "NoticeIssued", "RectificationReported", "RectificationVerified", "CompletionRequested", "TaskClosed");
        List<String> actors = jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::json -> 'actor' ->> 'userId' FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", String.class, TASK);
        assertThat(actors).containsExactly("system", "supervisor", "gxj", "system", "system", "gxj", "supervisor",
                "system", "supervisor", "gxj", "supervisor", "gxj", "supervisor");
        assertThat(events.payload(TASK, 5)).contains("\"percentComplete\":35").contains("\"evidence\":[\"统计月报\"]");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(TASK).count()).isZero();
    }

    private void awaitEvent(String type) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> events.types(TASK).contains(type));
    }
}
