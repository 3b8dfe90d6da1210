package gov.supervision.app.cli;

import gov.supervision.app.plan.ImportReport;
import gov.supervision.app.plan.PlanImport;
import gov.supervision.app.plan.parsing.BulletinFormatException;
import gov.supervision.app.plan.parsing.BulletinParser;
import gov.supervision.app.plan.parsing.DocumentReading;
import gov.supervision.app.plan.parsing.StrictImportRefused;
import gov.supervision.app.plan.parsing.ParsedBulletin;
import gov.supervision.app.plan.parsing.ParsedPlan;
import gov.supervision.app.plan.parsing.ParseWarning;
import gov.supervision.app.plan.parsing.PlanJson;
import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.command.plan.api.PlanChanges;
import gov.supervision.command.task.api.Actor;
import gov.supervision.process.Rejections;
import gov.supervision.command.task.api.RuleViolation;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code import <file> [--plan <number>] [--dry-run] [--json] [--confirm] [--strict] [--units <directory.csv>]
 * [--key=value…]}: reads the
 * plans of a bulletin. With {@code --dry-run} it only parses (no database) and prints the plans, as JSON with
 * {@code --json}. Otherwise it compares them with the plans as last imported into the configured database and
 * prints the changes; {@code --confirm} applies them (other {@code --key=value} options configure the engine as when
 * starting it). Exit 0 when parsed (and applied), 2 on a parse error (with {@code --strict}: on any warning), 3 when
 * some documents could not be read and the others were imported.
 */
final class ImportCommand {

    private static final String USAGE =
            "usage: import <file> [--plan <number>] [--dry-run] [--json] [--confirm] [--strict] [--units <directory.csv>] "
                    + "[--key=value…]";

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
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
        String text;
        try {
            text = Files.readString(options.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot read " + options.file() + ": " + e.getMessage());
            return Commands.NO_INPUT;
        }
        UnitDirectory units = UnitDirectory.read(options.units() == null
                ? new ClassPathResource("units/units.csv") : new FileSystemResource(options.units()));
        ParsedBulletin bulletin;
        try {
            bulletin = select(new BulletinParser(units).parse(text), options.plan());
            StrictImportRefused.check(bulletin, options.strict());
        } catch (BulletinFormatException e) {
            err.println(options.file() + ": " + e.getMessage());
            return Commands.PARSE_ERROR;
        } catch (StrictImportRefused e) {
            e.doubts().forEach(d -> err.println(options.file() + ": error (--strict): " + d));
            return Commands.PARSE_ERROR;
        }
        bulletin.warnings().forEach(w -> err.println(options.file() + ": warning: line " + w.line() + ": "
                + w.message() + (w.fix() == null ? "" : " (fix: " + w.fix() + ")")));
        bulletin.documents().stream().filter(d -> d.error() != null).forEach(d -> err.println(options.file()
                + ": error: document " + d.number() + " cannot be read, the others can: line " + d.error().line()
                + ": " + d.error().message()));
        int done = bulletin.hasUnreadableDocuments() ? Commands.SOME_UNREADABLE : Commands.OK;
        if (options.dryRun()) {
            if (options.json()) {
                out.println(PlanJson.write(bulletin, units));
            } else {
                printReport(bulletin, options.plan() == null);
            }
            return done;
        }
        int imported = importInto(bulletin, PlanImport.digest(text), options);
        return imported == Commands.OK ? done : imported;
    }

    /** Starts the engine on the configured database (without its web server) to preview or apply the import. */
    private int importInto(ParsedBulletin bulletin, String digest, Options options) {
        try (ConfigurableApplicationContext engine = CommandLineEngine.start(options.engine())) {
            PlanImport imports = engine.getBean(PlanImport.class);
            Map<String, ImportReport> report = new LinkedHashMap<>();
            for (ParsedPlan plan : bulletin.plans().stream().filter(p -> !p.tasks().isEmpty()).toList()) {
                PlanChanges changes = options.confirm()
                        ? imports.apply(plan, digest, Actor.SYSTEM, (done, total) -> {
                            if (done == total || done % 25 == 0) {
                                err.printf("%s: %d/%d tasks%n", plan.number(), done, total);
                            }
                        })
                        : imports.preview(plan);
                report.put(plan.number(), ImportReport.of(changes, options.confirm()));
                if (!options.json()) {
                    out.printf("%s: %d added, %d changed, %d removed%s%n", plan.number(), changes.added().size(),
                            changes.changed().size(), changes.removed().size(),
                            options.confirm() ? " (applied)" : changes.isEmpty() ? "" : " (not applied: --confirm)");
                }
            }
            if (options.json()) {
                out.println(engine.getBean(com.fasterxml.jackson.databind.ObjectMapper.class)
                        .writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("imports", report)));
            }
            return Commands.OK;
        } catch (RuntimeException | IOException e) {
            String reason = Rejections.find(e, RuleViolation.class).map(Throwable::getMessage)
                    .orElse(e.getMessage());
            err.println("import failed, nothing was applied: " + reason);
            return Commands.FAILED;
        }
    }


    /** A line per plan, and with every document, what it was taken to be and why: the clerk's import report. */
    private void printReport(ParsedBulletin bulletin, boolean everyDocument) {
        for (DocumentReading document : bulletin.documents()) {
            ParsedPlan plan = bulletin.plan(document.number()).orElse(null);
            if (plan != null) {
                out.printf("%s  %s  %s  %d tasks%n", plan.number(), plan.issuedOn(), plan.title(),
                        plan.tasks().size());
            } else if (everyDocument) {
                out.printf("%s  %s%n", document.number(), document.title());
            }
            if (everyDocument) {
                out.printf("    %s: %s (lines %d-%d)%n", document.kind().json(), document.reason(),
                        document.firstLine(), document.lastLine());
            }
        }
    }

    private static ParsedBulletin select(ParsedBulletin bulletin, String plan) {
        if (plan == null) {
            return bulletin;
        }
        bulletin.requireReadable(plan);
        ParsedPlan chosen = bulletin.plan(plan).orElseThrow(() -> new BulletinFormatException(1,
                "no plan %s in the bulletin; it has %s".formatted(plan,
                        bulletin.plans().stream().map(ParsedPlan::number).toList())));
        return bulletin.choosing(List.of(chosen));
    }


    /**
     * @param engine {@code --key=value} settings for the engine, as when starting it (a datasource, say)
     */
    record Options(Path file, String plan, boolean dryRun, boolean json, boolean confirm, boolean strict, Path units,
                   List<String> engine) {

        static Options parse(String[] args) {
            CommandArguments arguments = new CommandArguments(args);
            Path file = null;
            String plan = null;
            Path units = null;
            boolean dryRun = false;
            boolean json = false;
            boolean confirm = false;
            boolean strict = false;
            for (String arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--dry-run" -> dryRun = true;
                    case "--json" -> json = true;
                    case "--confirm" -> confirm = true;
                    case "--strict" -> strict = true;
                    case "--plan" -> plan = arguments.valueOf(arg, "a value");
                    case "--units" -> units = Path.of(arguments.valueOf(arg, "a value"));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw CommandArguments.unexpected(arg);
                        }
                        if (file != null) {
                            throw new IllegalArgumentException("one file at a time: " + file + " and " + arg);
                        }
                        file = Path.of(arg);
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("which bulletin? give the file to import");
            }
            if (dryRun && confirm) {
                throw new IllegalArgumentException("--dry-run applies nothing: it cannot go with --confirm");
            }
            return new Options(file, plan, dryRun, json, confirm, strict, units, arguments.engine());
        }
    }
}
