package gov.supervision.process.forms;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A work item's submission is checked against its form, whichever door it came through. */
class FormSubmissionTest {

    /** The progress report's form, as submit-progress-report.form defines it. */
    private static final List<FormField> REPORT = List.of(
            new FormField("text", "What was done", "textarea", true, false, List.of(), null, null, 10_000),
            new FormField("percentComplete", "Percent", "number", true, false, List.of(), 0.0, 100.0, null),
            new FormField("evidence", "Evidence", "textarea", false, false, List.of(), null, null, 10_000),
            new FormField("citedContributions", "Cited", "textfield", false, false, List.of(), null, null, 200));
    private static final List<FormField> REVIEW = List.of(
            new FormField("percentComplete", "Percent", "number", false, true, List.of(), null, null, null),
            new FormField("reviewDecision", "Decision", "radio", true, false, List.of("ACCEPT", "RETURN"), null, null,
                    null));

    private static void check(List<FormField> form, Map<String, ?> submitted, Map<String, ?> current) {
        FormSubmission.check("Submit progress report", form, submitted, current);
    }

    private static Map<String, Object> report(String field, Object value) {
        Map<String, Object> values = new HashMap<>(Map.of("text", "进展", "percentComplete", 30));
        values.put(field, value);
        return values;
    }

    @Test
    void takesTheFormsFieldsWithValuesOfTheirTypes() {
        assertThatCode(() -> check(REPORT, report("evidence", "统计月报\n会议纪要"), Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> check(REPORT, Map.of("text", Variables.stringValue("进展"),
                "percentComplete", Variables.integerValue(0)), Map.of())).doesNotThrowAnyException();
    }

    @Test
    void refusesAVariableThatIsNoFieldOfTheForm() {
        assertThatThrownBy(() -> check(REPORT, report("taskId", "another task"), Map.of()))
                .isInstanceOf(InvalidFormInput.class)
                .hasMessage("taskId: is not a field of Submit progress report; its fields are "
                        + "[text, percentComplete, evidence, citedContributions]")
                .extracting(e -> ((InvalidFormInput) e).field()).isEqualTo("taskId");
    }

    @ParameterizedTest
    @ValueSource(longs = {4294967346L, 101, -1, Integer.MAX_VALUE + 1L})
    void refusesAWholeNumberOutsideTheFieldsRangeInsteadOfCuttingItDown(long percent) {
        assertThatThrownBy(() -> check(REPORT, report("percentComplete", percent), Map.of()))
                .isInstanceOf(InvalidFormInput.class)
                .hasMessageStartingWith("percentComplete: must be between 0 and 100, was " + percent);
        assertThatThrownBy(() -> check(REPORT, report("percentComplete", BigInteger.valueOf(percent)), Map.of()))
                .isInstanceOf(InvalidFormInput.class);
    }

    @Test
    void refusesANumberThatIsNoWholeNumberOrIsText() {
        for (Object value : List.of(30.5, 30.0, "30", true)) {
            assertThatThrownBy(() -> check(REPORT, report("percentComplete", value), Map.of()))
                    .as("%s", value).hasMessage("percentComplete: expected a whole number");
        }
    }

    @Test
    void refusesTextThatIsNoStringHasAControlCharacterOrIsTooLong() {
        assertThatThrownBy(() -> check(REPORT, report("text", Map.of("a", 1)), Map.of()))
                .hasMessage("text: expected text");
        assertThatThrownBy(() -> check(REPORT, report("text", List.of("a")), Map.of()))
                .hasMessage("text: expected text");
        assertThatThrownBy(() -> check(REPORT, report("text", "进\u0000展"), Map.of()))
                .hasMessage("text: contains a NUL character at position 2");
        assertThatThrownBy(() -> check(REPORT, report("text", "进\ud800"), Map.of()))
                .hasMessage("text: contains half of a surrogate pair (U+D800) at position 2");
        assertThatThrownBy(() -> check(REPORT, report("citedContributions", "C".repeat(201)), Map.of()))
                .hasMessage("citedContributions: is 201 characters long; at most 200 are taken");
    }

    @Test
    void refusesAnObjectOrJsonVariable() {
        assertThatThrownBy(() -> check(REPORT, Map.of("text", Variables.objectValue(Map.of("a", 1)).create(),
                "percentComplete", 1), Map.of()))
                .isInstanceOf(InvalidFormInput.class).hasMessageStartingWith("text: expected text, got a value of type");
    }

    @Test
    void aRequiredFieldMustBeFilledUnlessTheProcessFilledItAlready() {
        assertThatThrownBy(() -> check(REPORT, Map.of("percentComplete", 3), Map.of()))
                .hasMessage("text: is required by Submit progress report");
        assertThatThrownBy(() -> check(REPORT, Map.of("percentComplete", 3, "text", " "), Map.of("text", "旧")))
                .hasMessage("text: is required by Submit progress report");
        assertThatCode(() -> check(REPORT, Map.of("percentComplete", 3), Map.of("text", "预填")))
                .doesNotThrowAnyException();
    }

    @Test
    void aReadOnlyFieldMayComeBackUnchangedButNotChanged() {
        assertThatCode(() -> check(REVIEW, Map.of("percentComplete", 30L, "reviewDecision", "ACCEPT"),
                Map.of("percentComplete", 30))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(REVIEW, Map.of("percentComplete", 90, "reviewDecision", "ACCEPT"),
                Map.of("percentComplete", 30)))
                .hasMessage("percentComplete: is shown by Submit progress report for reading only");
    }

    @Test
    void aChoiceIsOneOfTheOptions() {
        assertThatThrownBy(() -> check(REVIEW, Map.of("reviewDecision", "ACCEPT; DROP TABLE"), Map.of()))
                .hasMessage("reviewDecision: expected one of [ACCEPT, RETURN]");
    }
}
