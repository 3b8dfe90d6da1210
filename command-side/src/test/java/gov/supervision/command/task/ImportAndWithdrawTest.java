package gov.supervision.command.task;

import gov.supervision.command.task.api.AcknowledgeTask;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.ImportTask;
import gov.supervision.command.task.api.RegisterTask;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.TaskRevised;
import gov.supervision.command.task.api.TaskWithdrawn;
import gov.supervision.command.task.api.Unit;
import gov.supervision.command.task.api.WithdrawTask;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static gov.supervision.command.task.TaskFixtures.*;

/** An imported text registers, revises or leaves a task as it is; a text without it withdraws it. */
class ImportAndWithdrawTest {

    private FixtureConfiguration<SupervisedTask> fixture;
    private final Instant at = T0.plusSeconds(3600);

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void anImportedTaskThatIsNewIsRegistered() {
        fixture.givenNoPriorActivity()
                .when(importing("推进新基建三年行动。", List.of(FGW, GXJ)))
                .expectEvents(registered());
    }

    @Test
    void anImportedTaskAsItIsChangesNothing() {
        fixture.given(registered())
                .when(importing("推进新基建三年行动。", List.of(FGW, GXJ)))
                .expectNoEvents();
    }

    @Test
    void anImportedTaskWithOtherContentIsRevised() {
        fixture.given(registered())
                .when(importing("加快推进新基建三年行动。", List.of(FGW, GXJ)))
                .expectEvents(new TaskRevised(TASK, register().section(), "加快推进新基建三年行动。", List.of("陈秀兴"),
                        List.of(FGW, GXJ), List.of(COUNTIES), Actor.SYSTEM, at));
    }

    @Test
    void theLeadUnitsOfADispatchedTaskDoNotChangeByImport() {
        fixture.given(registered(), dispatched())
                .when(importing("推进新基建三年行动。", List.of(FGW)))
                .expectException(violationOf(Rule.LEAD_UNITS_FIXED))
                .expectExceptionMessage("the lead units of " + TASK_33 + " cannot change once it is dispatched: "
                        + "withdraw it and register a new task")
                .expectNoEvents();
    }

    @Test
    void theTextOfADispatchedTaskCanBeRevised() {
        fixture.given(registered(), dispatched())
                .when(importing("推进新基建三年行动，建设5G基站。", List.of(FGW, GXJ)))
                .expectEvents(new TaskRevised(TASK, register().section(), "推进新基建三年行动，建设5G基站。", List.of("陈秀兴"),
                        List.of(FGW, GXJ), List.of(COUNTIES), Actor.SYSTEM, at));
    }

    @Test
    void aTaskNoLongerInItsPlanIsWithdrawnAndAcceptsNothingMore() {
        fixture.given(registered(), dispatched())
                .when(new WithdrawTask(TASK, "task 33 is no longer in the text", Actor.SYSTEM, at))
                .expectEvents(new TaskWithdrawn(TASK, "task 33 is no longer in the text", Actor.SYSTEM, at));
        fixture.given(registered(), dispatched(), new TaskWithdrawn(TASK, "gone", Actor.SYSTEM, at))
                .when(new AcknowledgeTask(TASK, "张三", FGW_CLERK, at))
                .expectException(violationOf(Rule.TASK_WITHDRAWN))
                .expectExceptionMessage(TASK_33 + " was withdrawn from its plan: nothing more is accepted on it")
                .expectNoEvents();
    }

    @Test
    void withdrawingTwiceChangesNothing() {
        fixture.given(registered(), new TaskWithdrawn(TASK, "gone", Actor.SYSTEM, at))
                .when(new WithdrawTask(TASK, "gone", Actor.SYSTEM, at))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnTaskCannotBeRegisteredAgain() {
        fixture.given(registered(), new TaskWithdrawn(TASK, "gone", Actor.SYSTEM, at))
                .when(importing("推进新基建三年行动。", List.of(FGW, GXJ)))
                .expectException(violationOf(Rule.TASK_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void onlyTheImportOrASupervisorWithdraws() {
        fixture.given(registered())
                .when(new WithdrawTask(TASK, "gone", FGW_CLERK, at))
                .expectException(violationOf(Rule.ONLY_SUPERVISOR))
                .expectNoEvents();
    }

    @Test
    void withdrawingNeedsAReason() {
        fixture.given(registered())
                .when(new WithdrawTask(TASK, " ", Actor.SYSTEM, at))
                .expectException(violationOf(Rule.REASON_REQUIRED))
                .expectExceptionMessage("reason: withdrawing a task needs a reason")
                .expectNoEvents();
    }

    private ImportTask importing(String text, List<Unit> leadUnits) {
        RegisterTask r = register();
        return new ImportTask(r.taskId(), r.planNumber(), r.taskNumber(), r.section(), text, r.leadLeaders(),
                leadUnits, r.cooperatingUnits(), Actor.SYSTEM, text.equals(r.text()) && leadUnits.equals(r.leadUnits())
                ? T0 : at);
    }
}
