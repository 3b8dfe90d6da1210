package gov.supervision.app;

import gov.supervision.app.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.io.PrintStream;

/** The supervision engine: Axon (events in PostgreSQL) and Camunda 7 in one Spring Boot application. */
@SpringBootApplication(scanBasePackages = "gov.supervision")
public class SupervisionApplication {

    public static void main(String[] args) {
        // A government office's engine does not report to AxonIQ's update service (and usually cannot reach it).
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        System.setProperty("disable-axoniq-console-message",
                System.getProperty("disable-axoniq-console-message", "true"));
        if (Commands.isCommand(args)) {
            // a command's answer is the only thing on standard output: logs go to standard error
            PrintStream out = System.out;
            System.setOut(System.err);
            System.exit(Commands.run(args, out));
        }
        SpringApplication.run(SupervisionApplication.class, args);
    }
}
