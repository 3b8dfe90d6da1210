package gov.supervision.app.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command-line entry points of the jar, besides starting the engine: {@code java -jar app.jar <command> …}.
 * Relied on from outside, with their exit codes: {@code import <file> [--plan <number>] [--dry-run] [--json]
 * [--confirm]}, {@code verify [--task <id>] [--json]},
 * {@code bulletin --plan <number> --week <yyyy-Www> [--format html|pdf] [--out <file>]},
 * {@code rebuild [--projection <name>] [--json]}, {@code reconcile [--json]} and {@code dead-letters [--projection
 * <name>] [--json]}, {@code dead-letters retry <projection> <sequence-id>}, {@code dead-letters evict <projection>
 * <sequence-id> <aggregate-sequence>}.
 */
public final class Commands {

    public static final int OK = 0;
    /** the bulletin could not be parsed */
    public static final int PARSE_ERROR = 2;
    /** import: some documents of the bulletin could not be read; the others were parsed (and imported) */
    public static final int SOME_UNREADABLE = 3;
    /** what the command names does not exist, such as the plan of a weekly bulletin */
    public static final int NOT_FOUND = 2;
    /** the command line itself is wrong */
    public static final int USAGE = 64;
    /** the input file cannot be read */
    public static final int NO_INPUT = 66;
    /** a check could not run at all (no database, say, or the embedded one held by a running engine) */
    public static final int UNAVAILABLE = 69;
    /** the output file cannot be written */
    public static final int CANNOT_CREATE = 73;
    /**
     * the command was refused or failed (an import or a rebuild, say); reconcile: the log and the processes differ;
     * dead-letters: letters are parked, or the one retried fails again
     */
    public static final int FAILED = 1;
    /** verify: a chain of the event log is broken */
    public static final int CHAIN_BROKEN = 1;
    /** verify: there is no task (no aggregate) with the id given */
    public static final int NO_SUCH_TASK = 2;
    /** verify: the check could not run */
    public static final int CANNOT_RUN = UNAVAILABLE;

    private Commands() {
    }

    /** The commands there are; anything else starts the engine. */
    private static final java.util.Set<String> NAMES =
            java.util.Set.of("import", "verify", "bulletin", "rebuild", "reconcile", "dead-letters");

    /** A wrong command line: what is wrong, then the command's usage, on standard error. */
    static int usage(PrintStream err, String problem, String usage) {
        err.println(problem);
        err.println(usage);
        return USAGE;
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** Runs the command; what it answers goes to {@code out}, everything else (logs, progress) to stderr. */
    public static int run(String[] args, PrintStream out) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "import" -> new ImportCommand(out, System.err).run(rest);
            case "verify" -> new VerifyCommand(out, System.err).run(rest);
            case "bulletin" -> new BulletinCommand(out, System.err).run(rest);
            case "rebuild" -> new RebuildCommand(out, System.err).run(rest);
            case "reconcile" -> new ReconcileCommand(out, System.err).run(rest);
            case "dead-letters" -> new DeadLettersCommand(out, System.err).run(rest);
            default -> USAGE;
        };
    }
}
