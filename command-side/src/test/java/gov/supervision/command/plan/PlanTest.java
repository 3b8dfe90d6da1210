package gov.supervision.command.plan;

import gov.supervision.command.plan.api.ImportPlan;
import gov.supervision.command.plan.api.PlanChanges;
import gov.supervision.command.plan.api.PlanImported;
import gov.supervision.command.plan.api.PlannedTask;
import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.Rule;
import gov.supervision.command.task.api.RuleViolation;
import gov.supervision.command.task.api.Unit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

/** A plan's imports record what changed against the last one; the same text again changes nothing. */
class PlanTest {

    static final String PLAN = "聊政发〔2021〕1号";
    static final LocalDate ISSUED = LocalDate.of(2021, 2, 10);
    static final Instant AT = Instant.parse("2021-02-20T01:00:00Z");
    static final Unit FGW = new Unit("fgw", "市发展改革委");
    static final Unit CZJ = new Unit("czj", "市财政局");
    static final PlannedTask ONE = task(1, "地区生产总值增长6%以上。", FGW);
    static final PlannedTask TWO = task(2, "一般公共预算收入增长5.5%左右。", CZJ);
    static final PlannedTask THREE = task(3, "居民消费价格涨幅控制在3%左右。", FGW);

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    @Test
    void theFirstImportAddsEveryTask() {
        fixture.givenNoPriorActivity()
                .when(importing(ONE, TWO))
                .expectEvents(imported(List.of(ONE, TWO), List.of(), List.of(), 2))
                .expectResultMessagePayload(new PlanChanges(List.of(ONE, TWO), List.of(), List.of()));
    }

    @Test
    void importingTheSameTextAgainChangesNothing() {
        fixture.given(imported(List.of(ONE, TWO), List.of(), List.of(), 2))
                .when(importing(ONE, TWO))
                .expectNoEvents()
                .expectResultMessagePayload(PlanChanges.NONE);
    }

    @Test
    void aRevisedTextAddsChangesAndRemovesTasks() {
        PlannedTask revisedTwo = task(2, "一般公共预算收入增长6%左右。", CZJ);
        fixture.given(imported(List.of(ONE, TWO), List.of(), List.of(), 2))
                .when(importing(revisedTwo, THREE))
                .expectEvents(imported(List.of(THREE), List.of(revisedTwo), List.of(1), 2))
                .expectResultMessagePayload(new PlanChanges(List.of(THREE), List.of(revisedTwo), List.of(1)));
    }

    @Test
    void aRemovedTaskThatComesBackIsAddedAgain() {
        fixture.given(imported(List.of(ONE, TWO), List.of(), List.of(), 2),
                        imported(List.of(), List.of(), List.of(1), 1))
                .when(importing(ONE, TWO))
                .expectEvents(imported(List.of(ONE), List.of(), List.of(), 2));
    }

    @Test
    void rejectsAPlanWithoutTasks() {
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, "方案", ISSUED, List.of(), "sha256:x", Actor.SYSTEM, AT))
                .expectException(predicate(e -> e instanceof RuleViolation v && v.rule() == Rule.INVALID_TASK))
                .expectExceptionMessage("tasks: plan 聊政发〔2021〕1号 has no tasks to import")
                .expectNoEvents();
    }

    @Test
    void rejectsATaskGivenTwice() {
        fixture.givenNoPriorActivity()
                .when(importing(ONE, ONE))
                .expectExceptionMessage("tasks: task 1 is given twice")
                .expectNoEvents();
    }

    @Test
    void rejectsAnImportByAUnit() {
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, "方案", ISSUED, List.of(ONE), "sha256:x", Actor.unit("fgw", "fgw"), AT))
                .expectException(predicate(e -> e instanceof RuleViolation v && v.rule() == Rule.ONLY_SUPERVISOR))
                .expectNoEvents();
    }

    private static ImportPlan importing(PlannedTask... tasks) {
        return new ImportPlan(PLAN, "2021年市政府工作报告重点工作任务部门分工方案", ISSUED, List.of(tasks), "sha256:x",
                Actor.SYSTEM, AT);
    }

    private static PlanImported imported(List<PlannedTask> added, List<PlannedTask> changed, List<Integer> removed,
                                         int count) {
        return new PlanImported(PLAN, "2021年市政府工作报告重点工作任务部门分工方案", ISSUED, added, changed, removed, count,
                "sha256:x", Actor.SYSTEM, AT);
    }

    private static PlannedTask task(int number, String text, Unit lead) {
        return new PlannedTask(number, String.valueOf(number), "一、主要预期目标", text, List.of("陈秀兴"), List.of(lead),
                List.of());
    }
}
