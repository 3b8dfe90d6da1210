package gov.supervision.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.app.projection.ProjectionRebuilds;
import gov.supervision.app.projection.ProjectionStatus;
import gov.supervision.app.projection.Projections;
import gov.supervision.app.projection.RebuildStatus;
import gov.supervision.app.projection.TableChecksum;
import gov.supervision.app.web.Conflict;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rebuild [--projection <name>] [--json] [--key=value…]}: rebuilds one projection, or every one in turn,
 * from the event log of the configured database, with progress on stderr. Prints, for each table of each rebuilt
 * projection, one line {@code <projection> <table> rows=<n> checksum=<sha256 hex> replayed=<events>} (or, with
 * {@code --json}, {@code {"projections":[status…]}} as {@code GET /api/projections} answers). Exit 0 when every
 * rebuild is done, 1 when one failed, parked events it could not apply (dead letters) or could not start, 64 for a
 * wrong command line or an unknown projection.
 * <p>
 * No engine may run on the same database meanwhile: a running engine's processor holds the projection's tokens, and
 * the rebuild is then refused (exit 1) and changes nothing.
 */
final class RebuildCommand {

    private static final String USAGE = "usage: rebuild [--projection <name>] [--json] [--key=value…]";
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final PrintStream out;
    private final PrintStream err;

    RebuildCommand(PrintStream out, PrintStream err) {
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
        try (ConfigurableApplicationContext engine = CommandLineEngine.start(options.engine())) {
            List<String> names = engine.getBean(Projections.class).names();
            if (options.projection() != null && !names.contains(options.projection())) {
                err.printf("no projection %s; there are %s%n", options.projection(), names);
                return Commands.USAGE;
            }
            ProjectionRebuilds rebuilds = engine.getBean(ProjectionRebuilds.class);
            List<ProjectionStatus> rebuilt = new ArrayList<>();
            for (String name : options.projection() == null ? names : List.of(options.projection())) {
                RebuildStatus outcome = rebuild(rebuilds, name);
                if (outcome.state() == RebuildStatus.State.PARKED) {
                    err.printf("%s: replayed %d of %d events, but %s; see: dead-letters --projection %s%n", name,
                            outcome.replayed(), outcome.target(), outcome.error(), name);
                    return Commands.FAILED;
                }
                if (outcome.state() != RebuildStatus.State.DONE) {
                    err.printf("%s: rebuild failed after %d of %d events: %s%n", name, outcome.replayed(),
                            outcome.target(), outcome.error());
                    return Commands.FAILED;
                }
                rebuilt.add(rebuilds.status(name));
            }
            print(rebuilt, options.json(), engine.getBean(ObjectMapper.class));
            return Commands.OK;
        } catch (Conflict e) {
            err.println("rebuild refused: " + e.getMessage());
            return Commands.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("rebuild interrupted");
            return Commands.FAILED;
        } catch (RuntimeException | IOException e) {
            err.println("rebuild failed: " + e.getMessage());
            return Commands.FAILED;
        }
    }

    private RebuildStatus rebuild(ProjectionRebuilds rebuilds, String name) throws InterruptedException {
        ProjectionStatus started = rebuilds.start(name);
        err.printf("%s: replaying the event log up to global index %d%n", name, started.rebuild().target());
        RebuildStatus outcome = rebuilds.await(name, PROGRESS_EVERY, progress -> err.printf("%s: %d/%d events (%d%%)%n",
                name, progress.replayed(), progress.target(), Math.round(progress.progress() * 100)));
        err.printf("%s: %s, %d/%d events%n", name, outcome.state().name().toLowerCase(), outcome.replayed(),
                outcome.target());
        return outcome;
    }

    private void print(List<ProjectionStatus> rebuilt, boolean json, ObjectMapper mapper) throws IOException {
        if (json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("projections", rebuilt)));
            return;
        }
        for (ProjectionStatus projection : rebuilt) {
            for (TableChecksum table : projection.tables()) {
                out.printf("%s %s rows=%d checksum=%s replayed=%d%n", projection.name(), table.name(), table.rows(),
                        table.checksum(), projection.rebuild().replayed());
            }
        }
    }

    /** @param engine {@code --key=value} settings for the engine, as when starting it (a datasource, say) */
    record Options(String projection, boolean json, List<String> engine) {

        static Options parse(String[] args) {
            CommandArguments arguments = new CommandArguments(args);
            String projection = null;
            boolean json = false;
            for (String arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--json" -> json = true;
                    case "--projection" -> projection = arguments.valueOf(arg, "a name");
                    default -> throw CommandArguments.unexpected(arg);
                }
            }
            return new Options(projection, json, arguments.engine());
        }
    }
}
