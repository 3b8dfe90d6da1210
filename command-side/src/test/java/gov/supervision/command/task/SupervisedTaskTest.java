package gov.supervision.command.task;

import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.DispatchTask;
import gov.supervision.command.task.api.DueKind;
import gov.supervision.command.task.api.RecordOverdue;
import gov.supervision.command.task.api.RegisterTask;
import gov.supervision.command.task.api.ReminderSent;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.SendReminder;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.Unit;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static gov.supervision.command.task.TaskFixtures.*;

/** Registering a task, dispatching it to its lead units, and their acknowledgements. */
class SupervisedTaskTest {

    private FixtureConfiguration<SupervisedTask> fixture;
    private final Instant at = T0.plusSeconds(3600);

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    private static RegisterTask registerWith(TaskId taskId, String planNumber, int taskNumber, String text,
                                             List<Unit> leadUnits, Actor actor) {
        RegisterTask c = register();
        return new RegisterTask(taskId, planNumber, taskNumber, c.section(), text, c.leadLeaders(), leadUnits,
                c.cooperatingUnits(), actor, c.at());
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
        void aSupervisorMayRegisterATask() {
            RegisterTask c = register();
            TaskRegistered r = registered();
            fixture.givenNoPriorActivity()
                    .when(registerWith(TASK, PLAN, 33, c.text(), c.leadUnits(), SUPERVISOR))
                    .expectEvents(new TaskRegistered(TASK, PLAN, 33, r.section(), r.text(), r.leadLeaders(),
                            r.leadUnits(), r.cooperatingUnits(), SUPERVISOR, c.at()));
        }

        @Test
        void storesThePlanNumberAndTextWithoutSurroundingSpaces() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(registerWith(TASK, " " + PLAN + " ", 33, "  推进新基建三年行动。\n", c.leadUnits(), SYSTEM))
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
        void registeringTheSameTaskAgainWithExtraSpacesChangesNothing() {
            RegisterTask c = register();
            fixture.given(registered())
                    .when(registerWith(TASK, PLAN, 33, " 推进新基建三年行动。 ", c.leadUnits(), SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void rejectsTheSameTaskWithOtherContent() {
            RegisterTask c = register();
            fixture.given(registered())
                    .when(registerWith(TASK, PLAN, 33, "另一段文字。", c.leadUnits(), SYSTEM))
                    .expectException(violationOf(Rule.ALREADY_REGISTERED_DIFFERENTLY))
                    .expectExceptionMessage("task 33 of plan 聊政发〔2021〕1号 is already registered with other content")
                    .expectNoEvents();
        }

        @Test
        void rejectsTheSameTaskWithOtherLeadUnits() {
            RegisterTask c = register();
            fixture.given(registered())
                    .when(registerWith(TASK, PLAN, 33, c.text(), List.of(FGW), SYSTEM))
                    .expectException(violationOf(Rule.ALREADY_REGISTERED_DIFFERENTLY))
                    .expectNoEvents();
        }

        @Test
        void rejectsATaskWithoutLeadUnits() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(registerWith(TASK, PLAN, 33, c.text(), List.of(), SYSTEM))
                    .expectException(violationOf(Rule.INVALID_TASK))
                    .expectExceptionMessage("leadUnits: task 33 names no lead unit")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void rejectsATaskWithoutText(String text) {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(registerWith(TASK, PLAN, 33, text, c.leadUnits(), SYSTEM))
                    .expectException(violationOf(Rule.INVALID_TASK))
                    .expectExceptionMessage("text: task 33 has no text")
                    .expectNoEvents();
        }

        @Test
        void rejectsATaskWithoutPlanNumber() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(registerWith(TASK, " ", 33, c.text(), c.leadUnits(), SYSTEM))
                    .expectException(violationOf(Rule.INVALID_TASK))
                    .expectExceptionMessage("planNumber: a task needs its plan number")
                    .expectNoEvents();
        }

        @Test
        void rejectsATaskNumberBelowOne() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(registerWith(TaskId.of(PLAN, 0), PLAN, 0, c.text(), c.leadUnits(), SYSTEM))
                    .expectException(violationOf(Rule.INVALID_TASK))
                    .expectExceptionMessage("taskNumber: must be 1 or more, was 0")
                    .expectNoEvents();
        }

        @Test
        void rejectsAnIdThatIsNotTheTasksOwn() {
            RegisterTask c = register();
            TaskId other = TaskId.of(PLAN, 34);
            fixture.givenNoPriorActivity()
                    .when(registerWith(other, PLAN, 33, c.text(), c.leadUnits(), SYSTEM))
                    .expectException(violationOf(Rule.INVALID_TASK))
                    .expectExceptionMessage("taskId: " + other.value() + " is not the id of task 33 of plan " + PLAN)
                    .expectNoEvents();
        }

        @Test
        void rejectsRegistrationByAUnit() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(registerWith(TASK, PLAN, 33, c.text(), c.leadUnits(), FGW_CLERK))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor or the plan import may register tasks")
                    .expectNoEvents();
        }

        @Test
        void rejectsRegistrationByNobody() {
            RegisterTask c = register();
            fixture.givenNoPriorActivity()
                    .when(registerWith(TASK, PLAN, 33, c.text(), c.leadUnits(), null))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor or the plan import may register tasks")
                    .expectNoEvents();
        }
    }

    @Nested
    class Dispatching {

        @Test
        void dispatchesToAllLeadUnitsAndAnswersTheirIds() {
            fixture.given(registered())
                    .when(new DispatchTask(TASK, ACK_DUE, SUPERVISOR, at))
                    .expectEvents(new TaskDispatched(TASK, List.of(FGW, GXJ), ACK_DUE, SUPERVISOR, at))
                    .expectResultMessagePayload(List.of("fgw", "gxj"));
        }

        @Test
        void opensAnAcknowledgementDueForEachLeadUnit() {
            fixture.given(registered(), dispatched())
                    .when(new SendReminder(TASK, "ack/gxj", SYSTEM, day(2)))
                    .expectEvents(new ReminderSent(TASK, GXJ, DueKind.ACKNOWLEDGEMENT, "ack/gxj", ACK_DUE, SYSTEM,
                            day(2)));
        }

        @Test
        void theFirstLeadUnitOwesItsAcknowledgementToo() {
            fixture.given(registered(), dispatched())
                    .when(new SendReminder(TASK, "ack/fgw", SYSTEM, day(2)))
                    .expectEvents(new ReminderSent(TASK, FGW, DueKind.ACKNOWLEDGEMENT, "ack/fgw", ACK_DUE, SYSTEM,
                            day(2)));
        }

        @Test
        void aDispatchWithoutDueTimeOpensNoDue() {
            fixture.given(registered(), new TaskDispatched(TASK, List.of(FGW, GXJ), null, SUPERVISOR, DISPATCHED_AT))
                    .when(new RecordOverdue(TASK, "ack/fgw", SYSTEM, day(30)))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectExceptionMessage("nothing is due under ack/fgw on " + TASK_33
                            + " (it was met, missed or never set)")
                    .expectNoEvents();
        }

        @Test
        void rejectsDispatchingTwice() {
            fixture.given(registered(), dispatched())
                    .when(new DispatchTask(TASK, ACK_DUE, SUPERVISOR, at))
                    .expectException(violationOf(Rule.ALREADY_DISPATCHED))
                    .expectExceptionMessage("task 33 of plan 聊政发〔2021〕1号 is already dispatched")
                    .expectNoEvents();
        }

        @Test
        void rejectsDispatchByAUnit() {
            fixture.given(registered())
                    .when(new DispatchTask(TASK, ACK_DUE, FGW_CLERK, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may dispatch " + TASK_33 + "; fgw acts as unit")
                    .expectNoEvents();
        }

        @Test
        void rejectsDispatchByTheSystem() {
            fixture.given(registered())
                    .when(new DispatchTask(TASK, ACK_DUE, SYSTEM, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may dispatch " + TASK_33 + "; system acts as system")
                    .expectNoEvents();
        }

        @Test
        void rejectsDispatchByNobody() {
            fixture.given(registered())
                    .when(new DispatchTask(TASK, ACK_DUE, null, at))
                    .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                    .expectExceptionMessage("only a supervisor may dispatch " + TASK_33 + "; nobody acts as nothing")
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
        void anAcknowledgementMeetsTheUnitsDue() {
            fixture.given(registered(), dispatched(), acknowledgedBy(FGW, FGW_CLERK))
                    .when(new RecordOverdue(TASK, "ack/fgw", SYSTEM, ACK_DUE))
                    .expectException(violationOf(Rule.NO_SUCH_DUE))
                    .expectNoEvents();
        }

        @Test
        void acceptsALateAcknowledgementAfterItWasRecordedOverdue() {
            fixture.given(registered(), dispatched(), acknowledgementOverdue(FGW))
                    .when(new AcknowledgeTask(TASK, "李四", FGW_CLERK, day(5)))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new TaskAcknowledged(TASK, FGW, "李四", FGW_CLERK, day(5)));
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
                    .when(new AcknowledgeTask(TASK, "赵六", COUNTY_CLERK, at))
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
                    .expectExceptionMessage("only a unit may acknowledge " + TASK_33 + "; supervisor acts as supervisor")
                    .expectNoEvents();
        }

        @Test
        void rejectsAcknowledgingBeforeDispatch() {
            fixture.given(registered())
                    .when(new AcknowledgeTask(TASK, "李四", FGW_CLERK, at))
                    .expectException(violationOf(Rule.NOT_DISPATCHED))
                    .expectExceptionMessage(TASK_33 + " has not been dispatched, so it cannot be acknowledged")
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " "})
        void rejectsAnAcknowledgementWithoutResponsiblePerson(String responsiblePerson) {
            fixture.given(registered(), dispatched())
                    .when(new AcknowledgeTask(TASK, responsiblePerson, FGW_CLERK, at))
                    .expectException(violationOf(Rule.INVALID_ACKNOWLEDGEMENT))
                    .expectExceptionMessage(
                            "responsiblePerson: the acknowledgement must name the unit's responsible person")
                    .expectNoEvents();
        }

        @Test
        void rejectionsAreRuleViolations() {
            fixture.given(registered())
                    .when(new AcknowledgeTask(TASK, "李四", FGW_CLERK, at))
                    .expectException(RuleViolation.class);
        }
    }
}
