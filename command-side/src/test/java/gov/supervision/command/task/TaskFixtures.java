package gov.supervision.command.task;

import gov.supervision.command.task.api.AcknowledgementOverdue;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.Assessment;
import gov.supervision.command.task.api.CompletionRequested;
import gov.supervision.command.task.api.CompletionReturned;
import gov.supervision.command.task.api.ContributionAdded;
import gov.supervision.command.task.api.DueIds;
import gov.supervision.command.task.api.EscalationProposed;
import gov.supervision.command.task.api.EscalationReason;
import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.ExtensionGranted;
import gov.supervision.command.task.api.ExtensionRefused;
import gov.supervision.command.task.api.ExtensionRequested;
import gov.supervision.command.task.api.FollowUpRoundOpened;
import gov.supervision.command.task.api.FollowUpStarted;
import gov.supervision.command.task.api.FollowUpStopped;
import gov.supervision.command.task.api.NoticeIssued;
import gov.supervision.command.task.api.Policy;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.RectificationMissed;
import gov.supervision.command.task.api.RectificationRejected;
import gov.supervision.command.task.api.RectificationReported;
import gov.supervision.command.task.api.RectificationVerified;
import gov.supervision.command.task.api.RegisterTask;
import gov.supervision.command.task.api.ReportAccepted;
import gov.supervision.command.task.api.ReportOverdue;
import gov.supervision.command.task.api.ReportReturned;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.SupervisionRaised;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskClosed;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.TaskReopened;
import gov.supervision.command.task.api.Unit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

/**
 * Task 33 of the 2021 plan: two lead units, so per-unit rules show, and one cooperating unit. The builders give the
 * events of its history as the aggregate itself would apply them; a test states only what differs.
 */
final class TaskFixtures {

    static final String PLAN = "聊政发〔2021〕1号";
    static final TaskId TASK = TaskId.of(PLAN, 33);
    /** How the rules name the task in their messages. */
    static final String TASK_33 = "task 33 of plan 聊政发〔2021〕1号";

    static final Unit FGW = new Unit("fgw", "市发展改革委");
    static final Unit GXJ = new Unit("gxj", "市工业和信息化局");
    static final Unit COUNTIES = new Unit("gxsq", "各县(市、区)人民政府");

    static final Actor SYSTEM = Actor.SYSTEM;
    static final Actor SUPERVISOR = Actor.supervisor("supervisor");
    static final Actor FGW_CLERK = Actor.unit("fgw", "fgw");
    static final Actor GXJ_CLERK = Actor.unit("gxj", "gxj");
    static final Actor COUNTY_CLERK = Actor.unit("gxsq", "gxsq");

    static final Policy POLICY = new Policy("escalation-step", 3);

    /** Registered. */
    static final Instant T0 = Instant.parse("2021-02-20T01:00:00Z");
    static final Instant DISPATCHED_AT = T0.plusSeconds(60);
    /** Every lead unit acknowledges by then: 2021-02-23T01:00:00Z. */
    static final Instant ACK_DUE = day(3);
    /** A rectification ordered by a notice is due then: 2021-03-20T01:00:00Z. */
    static final Instant RECTIFICATION_DUE = day(28);

    private TaskFixtures() {
    }

    /** {@code n} days after registration. */
    static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    /** Round {@code n} opens on day 2 + 7(n-1), a Monday. */
    static Instant roundOpenedAt(int round) {
        return day(2 + 7 * (round - 1));
    }

    /** Round {@code n}'s reports are due five days after it opens: round 1 on 2021-02-27T01:00:00Z. */
    static Instant roundDue(int round) {
        return roundOpenedAt(round).plus(Duration.ofDays(5));
    }

    /**
     * A fixture for the aggregate, with Axon's check that command handlers change no state outside
     * event-sourcing handlers on.
     */
    static FixtureConfiguration<SupervisedTask> taskFixture() {
        FixtureConfiguration<SupervisedTask> fixture = new AggregateTestFixture<>(SupervisedTask.class);
        return fixture;
    }

    static Matcher<RuleViolation> violationOf(Rule rule) {
        return predicate(e -> e.rule() == rule);
    }

    // ---- registration, dispatch, acknowledgement

    static RegisterTask register() {
        return new RegisterTask(TASK, PLAN, 33, "三、聚焦聚力项目建设，夯实经济增长新支撑", "推进新基建三年行动。",
                List.of("陈秀兴"), List.of(FGW, GXJ), List.of(COUNTIES), SYSTEM, T0);
    }

    static TaskRegistered registered() {
        RegisterTask c = register();
        return new TaskRegistered(c.taskId(), c.planNumber(), c.taskNumber(), c.section(), c.text(), c.leadLeaders(),
                c.leadUnits(), c.cooperatingUnits(), c.actor(), c.at());
    }

    static TaskDispatched dispatched() {
        return new TaskDispatched(TASK, List.of(FGW, GXJ), ACK_DUE, SUPERVISOR, DISPATCHED_AT);
    }

    static TaskAcknowledged acknowledgedBy(Unit unit, Actor actor) {
        return new TaskAcknowledged(TASK, unit, "张三", actor, T0.plusSeconds(120));
    }

    /** Registered, dispatched and acknowledged by both lead units. */
    static List<Object> acknowledged() {
        return List.of(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK), acknowledgedBy(GXJ, GXJ_CLERK));
    }

    static AcknowledgementOverdue acknowledgementOverdue(Unit unit) {
        return new AcknowledgementOverdue(TASK, unit, DueIds.acknowledgement(unit.id()), ACK_DUE, SYSTEM, ACK_DUE);
    }

    // ---- follow-up

    static FollowUpStarted followUpStarted() {
        return new FollowUpStarted(TASK, "0 0 9 ? * MON", "Asia/Shanghai", SYSTEM, day(1));
    }

    static FollowUpStopped followUpStopped() {
        return new FollowUpStopped(TASK, "并入专项督查", SUPERVISOR, day(1).plusSeconds(60));
    }

    static FollowUpRoundOpened roundOpened(int round) {
        return new FollowUpRoundOpened(TASK, round, roundDue(round), List.of(FGW, GXJ), SYSTEM, roundOpenedAt(round));
    }

    /** Acknowledged by both lead units, followed up, and rounds 1 to {@code round} open. */
    static List<Object> inRound(int round) {
        List<Object> history = new ArrayList<>(acknowledged());
        history.add(followUpStarted());
        for (int r = 1; r <= round; r++) {
            history.add(roundOpened(r));
        }
        return history;
    }

    static String reportId(int round, Unit unit, int attempt) {
        return round + "/" + unit.id() + "/" + attempt;
    }

    static ProgressReported reported(Unit unit, Actor actor, int round, int attempt) {
        return new ProgressReported(TASK, reportId(round, unit, attempt), unit, round, "完成规划编制", 30, "资金不足",
                "开工建设", List.of("ledger/2021/33/plan.pdf"), List.of(), actor, roundOpenedAt(round).plusSeconds(3600));
    }

    static ReportAccepted accepted(Unit unit, int round, Assessment assessment) {
        return new ReportAccepted(TASK, reportId(round, unit, 1), unit, round, assessment, SUPERVISOR,
                roundOpenedAt(round).plusSeconds(7200));
    }

    static ReportReturned returned(Unit unit, int round, Instant resubmitDueAt) {
        return new ReportReturned(TASK, reportId(round, unit, 1), unit, round, "缺少佐证材料", resubmitDueAt,
                SUPERVISOR, roundOpenedAt(round).plusSeconds(7200));
    }

    static ReportOverdue reportOverdue(Unit unit, int round) {
        return new ReportOverdue(TASK, unit, round, DueIds.report(round, unit.id()), roundDue(round), SYSTEM,
                roundDue(round));
    }

    static ContributionAdded contributionAdded(String contributionId) {
        return new ContributionAdded(TASK, contributionId, COUNTIES, null, "各县区完成项目摸底", List.of(),
                COUNTY_CLERK, day(2));
    }

    // ---- notify or hold accountable

    static EscalationProposed escalationProposed(String escalationId, Unit unit, int strikes, int taskStrikes,
                                                 EscalationStep step) {
        return new EscalationProposed(TASK, escalationId, unit, EscalationReason.NOT_ACKNOWLEDGED, null, strikes,
                taskStrikes, 1, null, step, POLICY, SYSTEM, ACK_DUE.plusSeconds(60));
    }

    /** FGW missed its acknowledgement, and the policy proposed a public criticism (E1). */
    static List<Object> escalated() {
        return List.of(registered(), dispatched(), acknowledgementOverdue(FGW),
                escalationProposed("E1", FGW, 1, 1, EscalationStep.CRITICISM));
    }

    static NoticeIssued noticeIssued(String escalationId, Unit unit, Instant rectificationDueAt) {
        return new NoticeIssued(TASK, escalationId, unit, EscalationStep.CRITICISM, EscalationStep.CRITICISM, "",
                rectificationDueAt, POLICY, SUPERVISOR, day(4));
    }

    /** As {@link #escalated()}, and a criticism issued against FGW with a rectification due (rect/E1). */
    static List<Object> rectificationOrdered() {
        List<Object> history = new ArrayList<>(escalated());
        history.add(noticeIssued("E1", FGW, RECTIFICATION_DUE));
        return history;
    }

    static RectificationReported rectificationReported(String escalationId, Unit unit, Actor actor) {
        return new RectificationReported(TASK, escalationId, unit, "已补签并建立台账", List.of("rect/E1/ledger.pdf"),
                actor, day(10));
    }

    static RectificationVerified rectificationVerified(String escalationId, Unit unit) {
        return new RectificationVerified(TASK, escalationId, unit, SUPERVISOR, day(11));
    }

    static RectificationRejected rectificationRejected(String escalationId, Unit unit) {
        return new RectificationRejected(TASK, escalationId, unit, "台账未更新", SUPERVISOR, day(11));
    }

    static RectificationMissed rectificationMissed(String escalationId, Unit unit) {
        return new RectificationMissed(TASK, escalationId, unit, DueIds.rectification(escalationId),
                RECTIFICATION_DUE, SYSTEM, RECTIFICATION_DUE);
    }

    static SupervisionRaised supervisionRaised(String escalationId) {
        return new SupervisionRaised(TASK, escalationId, List.of("陈秀兴"), 1, TASK_33 + "：1次 — 市发展改革委 未按时签收",
                POLICY, SYSTEM, day(4));
    }

    // ---- close-out

    static CompletionRequested completionRequested() {
        return new CompletionRequested(TASK, FGW, List.of("ledger/2021/33/acceptance.pdf"), "全部完工", FGW_CLERK,
                day(300));
    }

    static CompletionReturned completionReturned() {
        return new CompletionReturned(TASK, FGW, "验收材料不全", SUPERVISOR, day(301));
    }

    static TaskClosed closed() {
        return new TaskClosed(TASK, "验收合格", SUPERVISOR, day(302));
    }

    static TaskReopened reopened() {
        return new TaskReopened(TASK, "群众反映问题复发", SUPERVISOR, day(310));
    }

    // ---- extension

    static ExtensionRequested extensionRequested(String extensionId, Unit unit, String dueId, Instant dueAt,
                                                 Instant requestedDueAt) {
        return new ExtensionRequested(TASK, extensionId, unit, dueId, dueAt, requestedDueAt, "主要负责人外出学习",
                Actor.unit(unit.id(), unit.id()), DISPATCHED_AT.plusSeconds(3600));
    }

    static ExtensionGranted extensionGranted(String extensionId, Unit unit, String dueId, Instant previousDueAt,
                                             Instant newDueAt) {
        return new ExtensionGranted(TASK, extensionId, unit, dueId, previousDueAt, newDueAt, SUPERVISOR,
                DISPATCHED_AT.plusSeconds(7200));
    }

    static ExtensionRefused extensionRefused(String extensionId, Unit unit, String dueId) {
        return new ExtensionRefused(TASK, extensionId, unit, dueId, "理由不充分", SUPERVISOR,
                DISPATCHED_AT.plusSeconds(7200));
    }
}
