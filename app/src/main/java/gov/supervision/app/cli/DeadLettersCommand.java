package gov.supervision.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.app.projection.DeadLetters;
import gov.supervision.app.projection.ParkedLetter;
import gov.supervision.app.projection.Projections;
import gov.supervision.app.web.Conflict;
import gov.supervision.app.web.NotFound;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code dead-letters [--projection <name>] [--json]}, {@code dead-letters retry <projection> <sequence-id> [--json]}
 * and {@code dead-letters evict <projection> <sequence-id> <aggregate-sequence> [--json]} (each with
 * {@code [--key=value…]}): the events the projections parked because they could not apply them, on the configured
 * database; retried or evicted as {@code /api/dead-letters} does. Safe while an engine runs on the same database
 * server: a retry claims the sequence it works.
 * <p>
 * Output: one line per letter, tab-separated: projection, sequence id, aggregate sequence, event type, global index,
 * parked at, cause ({@code -} for a letter waiting behind an earlier one); {@code retry} first prints
 * {@code applied <n>}, {@code evict} prints {@code evicted} and the letter. With {@code --json}: what the REST API
 * answers. Exit codes: list 0 when nothing is parked, 1 when letters are; retry 0 when applied, 1 when its first
 * letter fails again (it stays parked, the cause on standard error) or is being retried elsewhere; retry and evict 2
 * when no such letter is parked; 64 a wrong command line or an unknown projection; 69 when the command could not
 * run (no database, say).
 */
final class DeadLettersCommand {

    private static final String USAGE = """
            usage: dead-letters [--projection <name>] [--json] [--key=value…]
                   dead-letters retry <projection> <sequence-id> [--json] [--key=value…]
                   dead-letters evict <projection> <sequence-id> <aggregate-sequence> [--json] [--key=value…]""";

    private final PrintStream out;
    private final PrintStream err;

    DeadLettersCommand(PrintStream out, PrintStream err) {
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
        String verdict;
        int exit;
        try (ConfigurableApplicationContext engine = CommandLineEngine.start(options.engine())) {
            DeadLetters deadLetters = engine.getBean(DeadLetters.class);
            ObjectMapper json = engine.getBean(ObjectMapper.class);
            List<String> names = engine.getBean(Projections.class).names();
            if (options.projection() != null && !names.contains(options.projection())) {
                err.printf("no projection %s; there are %s%n", options.projection(), names);
                return Commands.USAGE;
            }
            switch (options.action()) {
                case LIST -> {
                    List<ParkedLetter> letters = options.projection() == null ? deadLetters.all()
                            : deadLetters.of(options.projection());
                    print(json, Map.of("deadLetters", letters), letters, options.json());
                    verdict = letters.isEmpty() ? "no parked letters"
                            : letters.size() == 1 ? "1 parked letter" : letters.size() + " parked letters";
                    exit = letters.isEmpty() ? Commands.OK : Commands.FAILED;
                }
                case RETRY -> {
                    DeadLetters.Retried retried = deadLetters.retry(options.projection(), options.sequenceId());
                    if (!options.json()) {
                        out.println("applied " + retried.applied());
                    }
                    print(json, retried, retried.deadLetters(), options.json());
                    verdict = "%s: applied %d of the letters of %s, %d still parked".formatted(options.projection(),
                            retried.applied(), options.sequenceId(), retried.deadLetters().size());
                    exit = Commands.OK;
                }
                default -> {
                    ParkedLetter evicted = deadLetters.evict(options.projection(), options.sequenceId(),
                            options.aggregateSequence(), "the command line (" + System.getProperty("user.name") + ")");
                    if (!options.json()) {
                        out.print("evicted\t");
                    }
                    print(json, Map.of("evicted", evicted), List.of(evicted), options.json());
                    verdict = "%s: evicted %s".formatted(options.projection(), evicted.event());
                    exit = Commands.OK;
                }
            }
        } catch (NotFound e) {
            err.println(e.getMessage());
            return Commands.NOT_FOUND;
        } catch (Conflict e) {
            err.println(e.getMessage());
            return Commands.FAILED;
        } catch (RuntimeException | IOException e) {
            err.println("dead-letters could not run: " + e.getMessage());
            return Commands.UNAVAILABLE;
        }
        // the verdict comes after the engine's shutdown logs on standard error
        err.println(verdict);
        return exit;
    }

    private void print(ObjectMapper json, Object answer, List<ParkedLetter> letters, boolean asJson)
            throws IOException {
        if (asJson) {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(answer));
            return;
        }
        letters.forEach(letter -> out.println(line(letter)));
    }

    static String line(ParkedLetter letter) {
        return String.join("\t", letter.projection(), field(letter.sequenceId()), field(letter.aggregateSequence()),
                letter.eventType(), field(letter.globalIndex()), field(letter.parkedAt()),
                letter.cause() == null ? "-" : letter.cause().replace('\t', ' ').replace('\n', ' '));
    }

    private static String field(Object value) {
        return value == null ? "-" : Objects.toString(value);
    }

    enum Action { LIST, RETRY, EVICT }

    /** @param engine {@code --key=value} settings for the engine, as when starting it (a datasource, say) */
    record Options(Action action, String projection, String sequenceId, long aggregateSequence, boolean json,
                   List<String> engine) {

        static Options parse(String[] args) {
            CommandArguments arguments = new CommandArguments(args);
            Action action = null;
            String projection = null;
            boolean json = false;
            List<String> operands = new ArrayList<>();
            for (String arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--json" -> json = true;
                    case "--projection" -> projection = arguments.valueOf(arg, "a name");
                    default -> {
                        if (arg.startsWith("--")) {
                            throw CommandArguments.unexpected(arg);
                        }
                        if (action == null && operands.isEmpty() && (arg.equals("retry") || arg.equals("evict"))) {
                            action = arg.equals("retry") ? Action.RETRY : Action.EVICT;
                        } else {
                            operands.add(arg);
                        }
                    }
                }
            }
            if (action == null) {
                if (!operands.isEmpty()) {
                    throw CommandArguments.unexpected(operands.get(0));
                }
                return new Options(Action.LIST, projection, null, 0, json, arguments.engine());
            }
            if (projection != null) {
                throw new IllegalArgumentException("--projection lists; " + action.name().toLowerCase()
                        + " names the projection as its first operand");
            }
            int expected = action == Action.RETRY ? 2 : 3;
            if (operands.size() != expected) {
                throw new IllegalArgumentException(action == Action.RETRY
                        ? "retry needs <projection> <sequence-id>, such as: retry ledger 8d468d9c-…"
                        : "evict needs <projection> <sequence-id> <aggregate-sequence>, such as: evict ledger 8d468d9c-… 3");
            }
            long aggregateSequence = 0;
            if (action == Action.EVICT) {
                try {
                    aggregateSequence = Long.parseLong(operands.get(2));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("aggregate-sequence: expected a whole number, was "
                            + operands.get(2));
                }
            }
            return new Options(action, operands.get(0), operands.get(1), aggregateSequence, json, arguments.engine());
        }
    }
}
