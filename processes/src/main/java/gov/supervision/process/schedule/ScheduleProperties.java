package gov.supervision.process.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The schedules of the plans, in one place: {@code supervision.schedule.defaults.*} and, per plan,
 * {@code supervision.schedule.plans.[聊政发〔2021〕1号].*} for what differs.
 */
@ConfigurationProperties("supervision.schedule")
public record ScheduleProperties(Schedule defaults, Map<String, Schedule> plans) {

    public ScheduleProperties {
        defaults = defaults == null ? Schedule.DEFAULT : defaults.orElse(Schedule.DEFAULT);
        plans = plans == null ? Map.of() : Map.copyOf(plans);
    }

    public Schedule forPlan(String planNumber) {
        Schedule own = planNumber == null ? null : plans.get(planNumber);
        return own == null ? defaults : own.orElse(defaults);
    }
}
