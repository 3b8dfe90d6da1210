package gov.supervision.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments, read left to right: its own options and operands, with the {@code --key=value} settings for
 * the engine (a datasource, say) set aside, as when starting the engine. A mistake is an
 * {@link IllegalArgumentException} saying what is wrong, which the command prints above its usage (exit 64).
 */
final class CommandArguments {

    private final String[] args;
    private final List<String> engine = new ArrayList<>();
    private int position;

    CommandArguments(String[] args) {
        this.args = args;
    }

    /** The next option or operand; null when none is left. */
    String next() {
        while (position < args.length) {
            String arg = args[position++];
            if (arg.startsWith("--") && arg.contains("=")) {
                engine.add(arg);
            } else {
                return arg;
            }
        }
        return null;
    }

    /** The value of the option just read ("--plan <number>"); {@code what} names it when it is missing. */
    String valueOf(String option, String what) {
        if (position >= args.length || args[position].isBlank() || args[position].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs " + what);
        }
        return args[position++];
    }

    /** The settings for the engine, once every argument has been read. */
    List<String> engine() {
        return List.copyOf(engine);
    }

    /** An option the command does not know, or an operand it does not take. */
    static IllegalArgumentException unexpected(String arg) {
        return new IllegalArgumentException(arg.startsWith("--") ? "unknown option " + arg
                : "unexpected argument " + arg);
    }
}
