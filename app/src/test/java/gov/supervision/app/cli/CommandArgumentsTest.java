package gov.supervision.app.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every command reads its arguments alike: engine settings set aside wherever they stand, option values checked. */
class CommandArgumentsTest {

    @Test
    void engineSettingsAreSetAsideWhereverTheyStand() {
        CommandArguments arguments = new CommandArguments(new String[]{"--spring.datasource.url=jdbc:x", "--task",
                "t1", "--json", "--server.port=0"});
        List<String> read = new ArrayList<>();
        for (String arg = arguments.next(); arg != null; arg = arguments.next()) {
            read.add(arg.equals("--task") ? arg + " " + arguments.valueOf(arg, "a task id") : arg);
        }
        assertThat(read).containsExactly("--task t1", "--json");
        assertThat(arguments.engine()).containsExactly("--spring.datasource.url=jdbc:x", "--server.port=0");
    }

    @Test
    void anOptionWithoutItsValueSaysWhatItNeeds() {
        for (String[] args : List.of(new String[]{"--task"}, new String[]{"--task", "--json"},
                new String[]{"--task", " "})) {
            CommandArguments arguments = new CommandArguments(args);
            String option = arguments.next();
            assertThatThrownBy(() -> arguments.valueOf(option, "a task id"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("--task needs a task id");
        }
    }

    @Test
    void whatACommandDoesNotTakeIsNamed() {
        assertThat(CommandArguments.unexpected("--frobnicate")).hasMessage("unknown option --frobnicate");
        assertThat(CommandArguments.unexpected("extra")).hasMessage("unexpected argument extra");
    }
}
