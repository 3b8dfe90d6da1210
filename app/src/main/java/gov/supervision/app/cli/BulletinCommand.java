package gov.supervision.app.cli;

import gov.supervision.app.bulletin.BulletinFormat;
import gov.supervision.app.bulletin.UnknownPlan;
import gov.supervision.app.bulletin.Week;
import gov.supervision.app.bulletin.WeeklyBulletin;
import gov.supervision.app.bulletin.WeeklyBulletinHtml;
import gov.supervision.app.bulletin.WeeklyBulletinPdf;
import gov.supervision.app.bulletin.WeeklyBulletins;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bulletin --plan <number> --week <yyyy-Www> [--format html|pdf] [--out <file>] [--key=value…]}: the weekly
 * supervision bulletin of a plan, from the configured database. The document goes to {@code --out}, or else to
 * standard output (HTML as UTF-8 text, PDF as bytes: redirect it to a file). Exit 0 when written, 2 when no plan
 * has the number, 64 on a wrong command line, 73 when the file cannot be written.
 */
final class BulletinCommand {

    private static final String USAGE =
            "usage: bulletin --plan <number> --week <yyyy-Www> [--format html|pdf] [--out <file>] [--key=value…]";

    private final PrintStream out;
    private final PrintStream err;

    BulletinCommand(PrintStream out, PrintStream err) {
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
        if (options.out() != null && !Files.isDirectory(options.out().toAbsolutePath().getParent())) {
            err.println("cannot write " + options.out() + ": no such directory");
            return Commands.CANNOT_CREATE;
        }
        byte[] document;
        try (ConfigurableApplicationContext engine = CommandLineEngine.start(options.engine())) {
            WeeklyBulletin bulletin = engine.getBean(WeeklyBulletins.class).assemble(options.plan(), options.week());
            document = options.format() == BulletinFormat.PDF
                    ? engine.getBean(WeeklyBulletinPdf.class).render(bulletin)
                    : engine.getBean(WeeklyBulletinHtml.class).render(bulletin).getBytes(StandardCharsets.UTF_8);
        } catch (UnknownPlan e) {
            err.println(e.getMessage());
            return Commands.NOT_FOUND;
        } catch (RuntimeException e) {
            err.println("the bulletin could not be made: " + e.getMessage());
            return Commands.FAILED;
        }
        if (options.out() == null) {
            out.write(document, 0, document.length);
            out.flush();
            return Commands.OK;
        }
        try {
            Files.write(options.out(), document);
        } catch (IOException e) {
            err.println("cannot write " + options.out() + ": " + e.getMessage());
            return Commands.CANNOT_CREATE;
        }
        err.printf("%s: %d bytes%n", options.out(), document.length);
        return Commands.OK;
    }

    /**
     * @param out    where to write the document; null for standard output
     * @param engine {@code --key=value} settings for the engine, as when starting it (a datasource, say)
     */
    record Options(String plan, Week week, BulletinFormat format, Path out, List<String> engine) {

        static Options parse(String[] args) {
            CommandArguments arguments = new CommandArguments(args);
            String plan = null;
            Week week = null;
            BulletinFormat format = BulletinFormat.HTML;
            Path out = null;
            for (String arg = arguments.next(); arg != null; arg = arguments.next()) {
                switch (arg) {
                    case "--plan" -> plan = arguments.valueOf(arg, "a value");
                    // a wrong week says what was expected: "week: expected yyyy-Www such as 2021-W10, was …"
                    case "--week" -> week = Week.parse(arguments.valueOf(arg, "a value"));
                    case "--format" -> {
                        String value = arguments.valueOf(arg, "a value");
                        try {
                            format = BulletinFormat.parse(value);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("format: " + e.getMessage());
                        }
                    }
                    case "--out" -> out = Path.of(arguments.valueOf(arg, "a value"));
                    default -> throw CommandArguments.unexpected(arg);
                }
            }
            if (plan == null || plan.isBlank()) {
                throw new IllegalArgumentException("which plan? give --plan <number>, such as 聊政发〔2021〕1号");
            }
            if (week == null) {
                throw new IllegalArgumentException("which week? give --week <yyyy-Www>, such as 2021-W10");
            }
            return new Options(plan.strip(), week, format, out, arguments.engine());
        }
    }
}
