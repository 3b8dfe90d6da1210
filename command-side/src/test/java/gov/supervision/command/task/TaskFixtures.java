package gov.supervision.command.task;

import gov.supervision.command.task.api.Actor;
import gov.supervision.command.task.api.RegisterTask;
import gov.supervision.command.task.api.TaskAcknowledged;
import gov.supervision.command.task.api.TaskDispatched;
import gov.supervision.command.task.api.TaskId;
import gov.supervision.command.task.api.TaskRegistered;
import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.util.List;

/** Task 33 of the 2021 plan: two lead units, so per-unit rules show. */
final class TaskFixtures {

    static final String PLAN = "聊政发〔2021〕1号";
    static final TaskId TASK = TaskId.of(PLAN, 33);
    static final Unit FGW = new Unit("fgw", "市发展改革委");
    static final Unit GXJ = new Unit("gxj", "市工业和信息化局");
    static final Unit COUNTIES = new Unit("gxsq", "各县(市、区)人民政府");
    static final Actor SUPERVISOR = Actor.supervisor("supervisor");
    static final Actor FGW_CLERK = Actor.unit("fgw", "fgw");
    static final Actor GXJ_CLERK = Actor.unit("gxj", "gxj");
    static final Instant T0 = Instant.parse("2021-02-20T01:00:00Z");

    private TaskFixtures() {
    }

    static RegisterTask register() {
        return new RegisterTask(TASK, PLAN, 33, "三、聚焦聚力项目建设，夯实经济增长新支撑", "推进新基建三年行动。",
                List.of("陈秀兴"), List.of(FGW, GXJ), List.of(COUNTIES), Actor.SYSTEM, T0);
    }

    static TaskRegistered registered() {
        RegisterTask c = register();
        return new TaskRegistered(c.taskId(), c.planNumber(), c.taskNumber(), c.section(), c.text(), c.leadLeaders(),
                c.leadUnits(), c.cooperatingUnits(), c.actor(), c.at());
    }

    static TaskDispatched dispatched() {
        return new TaskDispatched(TASK, List.of(FGW, GXJ), SUPERVISOR, T0.plusSeconds(60));
    }

    static TaskAcknowledged acknowledgedBy(Unit unit, Actor actor) {
        return new TaskAcknowledged(TASK, unit, "张三", actor, T0.plusSeconds(120));
    }
}
