package gov.supervision.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bulletin --plan <number> --week <yyyy-Www> [--format html|pdf] [--out <file>]}: a wrong command line is
 * refused with 64 and a message saying what was expected, before any database is opened, and prints nothing on
 * standard output.
 */
class BulletinCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aWeekNotWrittenYyyyWwwIsAWrongCommandLine() {
        assertThat(run("--plan", "聊政发〔2021〕1号", "--week", "2021-10")).isEqualTo(Commands.USAGE);
        assertThat(errors()).contains("week: expected yyyy-Www such as 2021-W10, was \"2021-10\"")
                .contains("usage: bulletin --plan <number> --week <yyyy-Www>");
    }

    @Test
    void aWeekThatDoesNotExistIsAWrongCommandLine() {
        assertThat(run("--plan", "聊政发〔2021〕1号", "--week", "2021-W53")).isEqualTo(Commands.USAGE);
        assertThat(errors()).contains("week: 2021 has 52 weeks, was 2021-W53");
    }

    @Test
    void theFormatIsHtmlOrPdf() {
        assertThat(run("--plan", "聊政发〔2021〕1号", "--week", "2021-W10", "--format", "docx"))
                .isEqualTo(Commands.USAGE);
        assertThat(errors()).contains("format: expected html or pdf, was \"docx\"");
    }

    @Test
    void thePlanAndTheWeekAreRequired() {
        assertThat(run("--week", "2021-W10")).isEqualTo(Commands.USAGE);
        assertThat(errors()).contains("which plan? give --plan <number>");
        assertThat(run("--plan", "聊政发〔2021〕1号")).isEqualTo(Commands.USAGE);
        assertThat(errors()).contains("which week? give --week <yyyy-Www>");
        assertThat(run("--plan", "聊政发〔2021〕1号", "--week")).isEqualTo(Commands.USAGE);
        assertThat(errors()).contains("--week needs a value");
    }

    @Test
    void anUnknownOptionOrArgumentIsAWrongCommandLine() {
        assertThat(run("--plan", "聊政发〔2021〕1号", "--week", "2021-W10", "--landscape")).isEqualTo(Commands.USAGE);
        assertThat(errors()).contains("unknown option --landscape");
        assertThat(run("--plan", "聊政发〔2021〕1号", "--week", "2021-W10", "extra")).isEqualTo(Commands.USAGE);
        assertThat(errors()).contains("unexpected argument extra");
    }

    @Test
    void anOutputFileInAFolderThatDoesNotExistIsRefusedBeforeAnythingIsDone() {
        Path out = folder.resolve("missing").resolve("bulletin.pdf");

        assertThat(run("--plan", "聊政发〔2021〕1号", "--week", "2021-W10", "--format", "pdf", "--out", out.toString()))
                .isEqualTo(Commands.CANNOT_CREATE);
        assertThat(errors()).contains("cannot write " + out + ": no such directory");
    }

    @Test
    void theCommandIsKnownToTheJar() {
        assertThat(Commands.isCommand(new String[] {"bulletin", "--plan", "x"})).isTrue();
        assertThat(Commands.run(new String[] {"bulletin", "--week", "2021-W10"},
                new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(Commands.USAGE);
    }

    private int run(String... args) {
        err.reset();
        int exit = new BulletinCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertThat(out.toString(StandardCharsets.UTF_8)).as("standard output").isEmpty();
        return exit;
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
