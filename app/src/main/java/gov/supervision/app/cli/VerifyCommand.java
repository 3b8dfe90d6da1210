package gov.supervision.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.app.audit.verification.ChainBreak;
import gov.supervision.app.audit.verification.ChainVerifier;
import gov.supervision.app.audit.verification.PlanDigest;
import gov.supervision.app.audit.verification.Verification;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code verify [--task <id>] [--json] [--key=value…]}: checks the event log of the configured database against its
 * chain hashes, every chain with each plan's digest, or one task's chain. Exit 0 when every chain checked is intact,
 * 1 when one is broken (each named with the sequence where it breaks), 2 when the task does not exist.
 */
final class VerifyCommand {

    private static final String USAGE = "usage: verify [--task <id>] [--json] [--key=value…]";

    private final PrintStream out;
    private final PrintStream err;

    VerifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            return Commands.usage(err, e.getMessage(), USAGE);
        }
        Optional<Verification> verification;
        String json;
        try (ConfigurableApplicationContext engine = CommandLineEngine.start(options.engine())) {
            ChainVerifier verifier = engine.getBean(ChainVerifier.class);
            verification = options.task() == null ? Optional.of(verifier.verifyAll())
                    : verifier.verify(options.task());
            json = verification.isPresent() && options.json() ? engine.getBean(ObjectMapper.class)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(verification.get()) : null;
        } catch (RuntimeException | JsonProcessingException e) {
            err.println("verification could not run: " + e.getMessage());
            return Commands.CANNOT_RUN;
        }
        // the verdict comes after the engine's shutdown logs on standard error
        if (verification.isEmpty()) {
            err.println("no task with id " + options.task());
            return Commands.NO_SUCH_TASK;
        }
        if (json != null) {
            out.println(json);
        } else {
            print(verification.get());
        }
        return verification.get().intact() ? Commands.OK : Commands.CHAIN_BROKEN;
    }

    private void print(Verification verification) {
        for (ChainBreak broken : verification.broken()) {
            out.printf("broken: %s at sequence %d: %s%n", broken.aggregateName(), broken.sequence(),
                    broken.detail());
        }
        out.printf(verification.intact() ? "intact: %d events in %d chains%n"
                : "checked: %d events in %d chains, " + verification.broken().size() + " broken%n",
                verification.events(), verification.chains());
        for (PlanDigest plan : verification.plans()) {
            out.printf("plan %s digest %s (%d tasks, %d events)%n", plan.planNumber(), plan.digest(), plan.tasks(),
                    plan.events());
        }
    }

    /** @param engine {@code --key=value} settings for the engine, as when starting it (a datasource, say) */
    record Options(String task, boolean json, List<String> engine) {

        static Options parse(String[] args) {
            CommandArguments arguments = new CommandArguments(args);
            String task = null;
            boolean json = false;
            for (String arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--json" -> json = true;
                    case "--task" -> task = arguments.valueOf(arg, "a task id");
                    default -> throw CommandArguments.unexpected(arg);
                }
            }
            return new Options(task, json, arguments.engine());
        }
    }
}
