package gov.supervision.app.plan.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped bulletin reads exactly as it did before the importer learned to read other bulletins: the plans, the
 * tasks and the warnings recorded (before that work) in {@code liaocheng-2021-02.parsed.json}.
 */
class ShippedBulletinGoldenTest {

    @Test
    void readsTheShippedBulletinExactlyAsRecorded() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/bulletins/liaocheng-2021-02.parsed.json")) {
            expected = json.readTree(in);
        }
        JsonNode actual = json.readTree(PlanJson.write(Bulletins.parse(Bulletins.liaocheng()), Bulletins.UNITS));

        assertThat(actual.get("plans")).isEqualTo(expected.get("plans"));
        assertThat(actual.get("warnings")).hasSameSizeAs(expected.get("warnings"));
        for (int i = 0; i < expected.get("warnings").size(); i++) {
            assertThat(actual.at("/warnings/" + i + "/line")).isEqualTo(expected.at("/warnings/" + i + "/line"));
            assertThat(actual.at("/warnings/" + i + "/message"))
                    .isEqualTo(expected.at("/warnings/" + i + "/message"));
        }
        assertThat(actual.get("documents")).extracting(d -> d.get("kind").asText())
                .containsExactly("plan", "plan", "plan");
    }
}
