package gov.supervision.app.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify}'s command line, relied on from outside: a wrong one exits 64 before any database is touched. Its
 * verdicts and their exit codes are proven on a real store in TamperEvidenceTest.
 */
class VerifyCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void aWrongCommandLineIsSaidSoAndTouchesNoDatabase() {
        assertThat(run("verify", "--task")).isEqualTo(Commands.USAGE);
        assertThat(run("verify", "--task", "--json")).isEqualTo(Commands.USAGE);
        assertThat(run("verify", "--frobnicate")).isEqualTo(Commands.USAGE);
        assertThat(run("verify", "8d468d9c-0458-33b8-908a-5d3a943343d7")).isEqualTo(Commands.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void verifyIsACommandOfTheJar() {
        assertThat(Commands.isCommand(new String[]{"verify"})).isTrue();
    }

    private int run(String... args) {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
