package gov.supervision.app.plan.parsing;

import gov.supervision.app.unit.UnitDirectory;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared fixtures: the shipped unit directory and bulletin, and small hand-made documents. */
final class Bulletins {

    static final UnitDirectory UNITS = UnitDirectory.read(new ClassPathResource("units/units.csv"));

    /** A document's first lines: number (line 1), title (2), date (3); its body starts on line 4. */
    static final String HEADER = """
            聊政发〔2099〕1号
            # 聊城市人民政府 关于做好测试工作的通知
            2099年1月1日
            """;

    private Bulletins() {
    }

    static ParsedBulletin parse(String text) {
        return new BulletinParser(UNITS).parse(text);
    }

    /** The only plan of {@link #HEADER} followed by {@code body}, which must parse without warnings. */
    static ParsedPlan plan(String body) {
        ParsedBulletin bulletin = parse(HEADER + body);
        assertThat(bulletin.warnings()).isEmpty();
        assertThat(bulletin.plans()).hasSize(1);
        return bulletin.plans().get(0);
    }

    static ParsedTask task(ParsedPlan plan, int number) {
        return plan.tasks().get(number - 1);
    }

    static String liaocheng() {
        try (InputStream in = Bulletins.class.getResourceAsStream("/bulletins/liaocheng-2021-02.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
