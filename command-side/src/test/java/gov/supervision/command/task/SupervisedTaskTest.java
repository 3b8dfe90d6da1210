package gov.supervision.command.task;

import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.DispatchTask;
import gov.supervision.command.task.api.ProgressReported;
import gov.supervision.command.task.api.RegisterTask;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.SubmitProgressReport;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static gov.supervision.command.task.TaskFixtures.*;
import static org.axonframework.test.matchers.Matchers.predicate;

class SupervisedTaskTest {

    private FixtureConfiguration<SupervisedTask> fixture;
    private final Instant at = T0.plusSeconds(3600);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SupervisedTask.class);
    }

    @Nested
    class Registering {

        @Test
        void registersANewTask() {
            fixture.givenNoPriorActivity()
                    .when(register())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(registered());
        }

        @Test
        void registeringTheSameTaskAgainChangesNothing() {
            fixture.given(registered())
                    .when(register())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsTheSameTaskWithOtherContent() {
            RegisterTask c = register();
            fixture.given(registered())
                    .when(new RegisterTask(c.taskId(), c.planNumber(), 33, c.section(), "另一段文字。", c.leadLeaders(),
                            c.leadUnits(), c.cooperatingUnits(), c.actor(), c.at()))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage("task 33 of plan 聊政发〔2021〕1号 is already registered with other content")
                    .expectNoEvents();
        }

        @Test
        void rejectsATaskWithoutLeadUnits() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(new RegisterTask(c.taskId(), c.planNumber(), 33, c.section(), c.text(), c.leadLeaders(),
                            List.of(), c.cooperatingUnits(), c.actor(), c.at()))
                    .expectException(violationOf(Rule.INVALID_TASK))
                    .expectExceptionMessage("leadUnits: task 33 names no lead unit");
        }

        @Test
        void rejectsATaskWithoutText() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(new RegisterTask(c.taskId(), c.planNumber(), 33, c.section(), "  ", c.leadLeaders(),
                            c.leadUnits(), c.cooperatingUnits(), c.actor(), c.at()))
                    .expectExceptionMessage("text: task 33 has no text");
        }

        @Test
        void rejectsAnIdThatIsNotTheTasksOwn() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(new RegisterTask(TaskId.of(PLAN, 34), c.planNumber(), 33, c.section(), c.text(),
                            c.leadLeaders(), c.leadUnits(), c.cooperatingUnits(), c.actor(), c.at()))
                    .expectException(violationOf(Rule.INVALID_TASK));
        }

        @Test
        void rejectsRegistrationByAUnit() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(new RegisterTask(c.taskId(), c.planNumber(), 33, c.section(), c.text(), c.leadLeaders(),
                            c.leadUnits(), c.cooperatingUnits(), FGW_CLERK, c.at()))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR));
        }
    }

    @Nested
    class Dispatching {

        @Test
        void dispatchesToAllLeadUnitsAndAnswersTheirIds() {
            fixture.given(registered())
                    .when(new DispatchTask(TASK, SUPERVISOR, at))
                    .expectEvents(new TaskDispatched(TASK, List.of(FGW, GXJ), SUPERVISOR, at))
                    .expectResultMessagePayload(List.of("fgw", "gxj"));
        }

        @Test
        void rejectsDispatchingTwice() {
            fixture.given(registered(), dispatched())
                    .when(new DispatchTask(TASK, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_DISPATCHED))
                    .expectExceptionMessage("task 33 of plan 聊政发〔2021〕1号 is already dispatched")
                    .expectNoEvents();
        }

        @Test
        void rejectsDispatchByAUnit() {
            fixture.given(registered())
                    .when(new DispatchTask(TASK, FGW_CLERK, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectNoEvents();
        }
    }

    @Nested
    class Acknowledging {

        @Test
        void aLeadUnitAcknowledgesWithItsResponsiblePerson() {
            fixture.given(registered(), dispatched())
                    .when(new AcknowledgeTask(TASK, " 李四 ", FGW_CLERK, at))
                    .expectEvents(new TaskAcknowledged(TASK, FGW, "李四", FGW_CLERK, at));
        }

        @Test
        void eachLeadUnitAcknowledgesForItself() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new AcknowledgeTask(TASK, "王五", GXJ_CLERK, at))
                    .expectEvents(new TaskAcknowledged(TASK, GXJ, "王五", GXJ_CLERK, at));
        }

        @Test
        void rejectsAcknowledgingTwice() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new AcknowledgeTask(TASK, "李四", FGW_CLERK, at))
                    .expectException(violationOf(Rule.ALREADY_ACKNOWLEDGED))
                    .expectExceptionMessage("市发展改革委 has already acknowledged task 33 of plan 聊政发〔2021〕1号")
                    .expectNoEvents();
        }

        @Test
        void rejectsAUnitThatIsNotALeadUnit() {
            fixture.given(registered(), dispatched())
                    .when(new AcknowledgeTask(TASK, "赵六", Actor.unit("gxsq", "gxsq"), at))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectExceptionMessage(
                            "unit gxsq is not a lead unit of task 33 of plan 聊政发〔2021〕1号, so it cannot acknowledge it")
                    .expectNoEvents();
        }

        @Test
        void rejectsASupervisorAcknowledgingForAUnit() {
            fixture.given(registered(), dispatched())
                    .when(new AcknowledgeTask(TASK, "赵六", SUPERVISOR, at))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectNoEvents();
        }

        @Test
        void rejectsAcknowledgingBeforeDispatch() {
            fixture.given(registered())
                    .when(new AcknowledgeTask(TASK, "李四", FGW_CLERK, at))
                    .expectException(violationOf(Rule.NOT_DISPATCHED))
                    .expectNoEvents();
        }

        @Test
        void rejectsAnAcknowledgementWithoutResponsiblePerson() {
            fixture.given(registered(), dispatched())
                    .when(new AcknowledgeTask(TASK, " ", FGW_CLERK, at))
                    .expectException(violationOf(Rule.INVALID_ACKNOWLEDGEMENT))
                    .expectExceptionMessage("responsiblePerson: the acknowledgement must name the unit's responsible person")
                    .expectNoEvents();
        }
    }

    @Nested
    class Reporting {

        @Test
        void anAcknowledgedLeadUnitReportsProgress() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new SubmitProgressReport(TASK, "完成规划编制", 30, "资金不足", "开工建设", FGW_CLERK, at))
                    .expectEvents(new ProgressReported(TASK, FGW, "完成规划编制", 30, "资金不足", "开工建设", FGW_CLERK, at));
        }

        @Test
        void rejectsReportingBeforeAcknowledgement() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new SubmitProgressReport(TASK, "完成规划编制", 30, "", "", GXJ_CLERK, at))
                    .expectException(violationOf(Rule.NOT_ACKNOWLEDGED))
                    .expectExceptionMessage(
                            "市工业和信息化局 must acknowledge task 33 of plan 聊政发〔2021〕1号 before it reports progress")
                    .expectNoEvents();
        }

        @Test
        void rejectsAReportFromAUnitThatIsNotALeadUnit() {
            fixture.given(registered(), dispatched())
                    .when(new SubmitProgressReport(TASK, "完成", 30, "", "", Actor.unit("gxsq", "gxsq"), at))
                    .expectException(violationOf(Rule.NOT_A_LEAD_UNIT))
                    .expectNoEvents();
        }

        @Test
        void rejectsAPercentOutsideZeroToHundred() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new SubmitProgressReport(TASK, "完成", 101, "", "", FGW_CLERK, at))
                    .expectException(violationOf(Rule.INVALID_REPORT))
                    .expectExceptionMessage("percentComplete: must be between 0 and 100, was 101")
                    .expectNoEvents();
        }

        @Test
        void rejectsAReportWithoutText() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new SubmitProgressReport(TASK, "", 10, "", "", FGW_CLERK, at))
                    .expectException(violationOf(Rule.INVALID_REPORT))
                    .expectExceptionMessage("text: a progress report must say what was done")
                    .expectNoEvents();
        }
    }

    private static org.hamcrest.Matcher<RuleViolation> violationOf(Rule rule) {
        return predicate(e -> e.rule() == rule);
    }
}
