package gov.supervision.app.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command-line entry points of the jar, besides starting the engine: {@code java -jar app.jar <command> …}.
 * Relied on from outside: {@code import <file> [--plan <number>] [--dry-run] [--json] [--confirm]},
 * {@code rebuild [--projection <name>] [--json]} and {@code reconcile [--json]}, with their exit codes.
 */
public final class Commands {

    public static final int OK = 0;
    /** the bulletin could not be parsed */
    public static final int PARSE_ERROR = 2;
    /** the command line itself is wrong */
    public static final int USAGE = 64;
    /** the input file cannot be read */
    public static final int NO_INPUT = 66;
    /** the import or rebuild was refused or failed; reconcile: the log and the processes differ */
    public static final int FAILED = 1;
    /** a check could not run at all (no database, say) */
    public static final int UNAVAILABLE = 69;

    private Commands() {
    }

    /** The commands there are; anything else starts the engine. */
    private static final java.util.Set<String> NAMES = java.util.Set.of("import", "rebuild", "reconcile");

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** Runs the command; what it answers goes to {@code out}, everything else (logs, progress) to stderr. */
    public static int run(String[] args, PrintStream out) {
        return switch (args[0]) {
            case "import" -> new ImportCommand(out, System.err).run(Arrays.copyOfRange(args, 1, args.length));
            case "rebuild" -> new RebuildCommand(out, System.err).run(Arrays.copyOfRange(args, 1, args.length));
            case "reconcile" -> new ReconcileCommand(out, System.err).run(Arrays.copyOfRange(args, 1, args.length));
            default -> USAGE;
        };
    }
}
