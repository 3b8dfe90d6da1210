package gov.supervision.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The supervision engine: Axon (events in PostgreSQL) and Camunda 7 in one Spring Boot application. */
@SpringBootApplication(scanBasePackages = "gov.supervision")
public class SupervisionApplication {

    public static void main(String[] args) {
        // A government office's engine does not report to AxonIQ's update service (and usually cannot reach it).
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(SupervisionApplication.class, args);
    }
}
