package gov.supervision.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.process.reconciliation.Mismatch;
import gov.supervision.process.reconciliation.Reconciliation;
import gov.supervision.process.reconciliation.ReconciliationReport;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * {@code reconcile [--json] [--key=value…]}: compares the configured database's event log with its Camunda
 * processes. Prints the verdict, {@code consistent: <n> tasks, <m> processes} or
 * {@code inconsistent: <k> mismatches; <n> tasks, <m> processes}, then one line per mismatch with tab-separated
 * fields: kind, plan number, task number, task id, process key, reference, process instance id, detail ({@code -}
 * for a field with no value); with {@code --json}, the JSON {@code GET /api/reconciliation} answers. Exit 0 when
 * consistent, 1 when there are mismatches, 64 for a wrong command line, 69 when the check could not run (no
 * database, say). Reads only; safe while an engine runs on the same database.
 */
final class ReconcileCommand {

    private static final String USAGE = "usage: reconcile [--json] [--key=value…]";

    private final PrintStream out;
    private final PrintStream err;

    ReconcileCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        CommandArguments arguments = new CommandArguments(args);
        boolean json = false;
        for (String arg = arguments.next(); arg != null; arg = arguments.next()) {
            if (!arg.equals("--json")) {
                return Commands.usage(err, CommandArguments.unexpected(arg).getMessage(), USAGE);
            }
            json = true;
        }
        List<String> engine = arguments.engine();
        ReconciliationReport report;
        try (ConfigurableApplicationContext context = CommandLineEngine.start(engine)) {
            report = context.getBean(Reconciliation.class).check();
            if (json) {
                out.println(context.getBean(ObjectMapper.class).writerWithDefaultPrettyPrinter()
                        .writeValueAsString(report));
            }
        } catch (RuntimeException | IOException e) {
            err.println("reconciliation could not run: " + e.getMessage());
            return Commands.UNAVAILABLE;
        }
        if (!json) {
            out.println(report.consistent()
                    ? "consistent: %d tasks, %d processes".formatted(report.tasks(), report.processes())
                    : "inconsistent: %d mismatches; %d tasks, %d processes".formatted(report.mismatches().size(),
                    report.tasks(), report.processes()));
            report.mismatches().forEach(mismatch -> out.println(line(mismatch)));
        }
        return report.consistent() ? Commands.OK : Commands.FAILED;
    }

    static String line(Mismatch mismatch) {
        return String.join("\t", mismatch.kind().name(), field(mismatch.planNumber()),
                field(mismatch.taskNumber()), field(mismatch.taskId()), field(mismatch.processKey()),
                field(mismatch.reference()), field(mismatch.processInstanceId()), mismatch.detail());
    }

    private static String field(Object value) {
        return value == null ? "-" : Objects.toString(value);
    }
}
