package gov.supervision.process.schedule;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The due times of each plan, by its schedule. */
@Component
@EnableConfigurationProperties(ScheduleProperties.class)
public class Schedules {

    private final ScheduleProperties properties;

    Schedules(ScheduleProperties properties) {
        this.properties = properties;
    }

    public Schedule of(String planNumber) {
        return properties.forPlan(planNumber);
    }

    public DueTimes dueTimes(String planNumber) {
        return new DueTimes(of(planNumber));
    }
}
