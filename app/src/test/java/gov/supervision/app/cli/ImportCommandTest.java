package gov.supervision.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import <file> --dry-run --json}, relied on from outside: only the JSON on standard output, no database,
 * exit 0 when parsed, 2 on a parse error.
 */
class ImportCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void aDryRunPrintsThePlansAsJsonAndNothingElse() throws IOException {
        Path bulletin = shippedBulletin();

        int exit = run("import", bulletin.toString(), "--dry-run", "--json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("plans").valueStream().map(plan -> plan.get("number").asText()))
                .containsExactly("聊政发〔2021〕1号", "聊政发〔2021〕2号", "聊政字〔2021〕3号");
        JsonNode plan = json.get("plans").get(0);
        assertThat(plan.get("issuedOn").asText()).isEqualTo("2021-02-10");
        assertThat(plan.get("tasks")).hasSize(150);
        JsonNode task9 = plan.get("tasks").get(8);
        assertThat(task9.get("number").asInt()).isEqualTo(9);
        assertThat(task9.get("leadUnits").get(0).asText()).isEqualTo("市工业和信息化局");
        assertThat(task9.get("sourceLines").get(0).asInt()).isEqualTo(135);
        assertThat(json.get("warnings").isArray()).isTrue();
    }

    @Test
    void aDryRunOfOnePlanPrintsThatPlan() throws IOException {
        int exit = run("import", shippedBulletin().toString(), "--plan", "聊政发〔2021〕2号", "--dry-run", "--json");

        assertThat(exit).isZero();
        JsonNode plans = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("plans");
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).get("tasks")).hasSize(20);
    }

    @Test
    void aParseErrorExitsWithTwoAndPrintsNothing() throws IOException {
        Path broken = folder.resolve("broken.txt");
        Files.writeString(broken, "聊政发〔2099〕1号\n# 一、目标\n1. 做好工作。(牵头领导: 张三; 牵头单位: 市财政局\n");

        int exit = run("import", broken.toString(), "--dry-run", "--json");

        assertThat(exit).isEqualTo(Commands.PARSE_ERROR);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * The finding of issue 11: another issue of the city's bulletin (a regulation, two plans, an appointment notice,
     * an award list; a plan's item continued on a page printed later, and that page continued on one printed
     * earlier) failed on its first marker, and with the markers removed lost the split item and took the award list
     * for a plan.
     */
    @Test
    void readsAnotherIssueOfTheBulletinWithItsMarkersAndItsDocumentsThatAreNoPlans() throws IOException {
        Path bulletin = folder.resolve("another.txt");
        try (InputStream in = getClass().getResourceAsStream("/bulletins/another-issue.txt")) {
            Files.copy(in, bulletin);
        }

        int exit = run("import", bulletin.toString(), "--dry-run", "--json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("plans").valueStream().map(p -> p.get("number").asText() + ":" + p.get("tasks").size()))
                .containsExactly("聊政发〔2022〕4号:8", "聊政发〔2022〕7号:2");
        assertThat(json.at("/plans/0/tasks/2/text").asText()).isEqualTo("推进城乡道路建设，加快国道308改线工程和东昌湖周边道路改造。");
        assertThat(json.at("/plans/0/tasks/2/leadUnits/0").asText()).isEqualTo("市交通运输局");
        assertThat(json.at("/plans/0/tasks/6/text").asText()).isEqualTo("扩大就业。城镇新增就业4万人，开展职业技能培训1万人次。");
        assertThat(json.get("documents").valueStream().map(d -> d.get("number").asText() + ":" + d.get("kind").asText()))
                .containsExactly("聊政发〔2022〕3号:not-a-plan", "聊政发〔2022〕4号:plan", "聊政任〔2022〕2号:not-a-plan",
                        "聊政发〔2022〕6号:not-a-plan", "聊政发〔2022〕7号:plan");
        assertThat(json.get("warnings").valueStream().map(w -> w.get("message").asText()))
                .noneMatch(m -> m.contains("（下转") || m.contains("（上接"));
    }

    @Test
    void aDocumentThatCannotBeReadHoldsUpNoOtherAndExitsWithThree() throws IOException {
        Path bulletin = folder.resolve("two.txt");
        Files.writeString(bulletin, """
                聊政发〔2099〕1号
                # 聊城市人民政府 关于做好甲工作的通知
                2099年1月1日
                1. 做好工作。(牵头领导: 张三; 牵头单位: 市财政局

                # 聊城市人民政府文件
                聊政发〔2099〕2号
                # 聊城市人民政府 关于做好乙工作的通知
                2099年1月2日
                1. 做好乙工作。（牵头单位：市民政局）
                """);

        int exit = run("import", bulletin.toString(), "--dry-run", "--json");

        assertThat(exit).isEqualTo(Commands.SOME_UNREADABLE);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("plans")).singleElement().satisfies(p ->
                assertThat(p.get("number").asText()).isEqualTo("聊政发〔2099〕2号"));
        assertThat(json.at("/documents/0/kind").asText()).isEqualTo("unreadable");
        assertThat(json.at("/documents/0/error/line").asInt()).isEqualTo(4);
        assertThat(json.at("/documents/0/error/message").asText()).contains("not closed");
        assertThat(json.at("/documents/1/kind").asText()).isEqualTo("plan");
    }

    @Test
    void strictMakesAnyWarningFatal() throws IOException {
        assertThat(run("import", shippedBulletin().toString(), "--dry-run", "--json", "--strict"))
                .isEqualTo(Commands.PARSE_ERROR);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnknownPlanIsAParseErrorNamingThePlansThereAre() throws IOException {
        assertThat(run("import", shippedBulletin().toString(), "--plan", "聊政发〔2099〕9号", "--dry-run"))
                .isEqualTo(Commands.PARSE_ERROR);
    }

    @Test
    void aWrongCommandLineOrAMissingFileIsSaidSo() {
        assertThat(run("import", "--dry-run")).isEqualTo(Commands.USAGE);
        assertThat(run("import", "a.txt", "--frobnicate")).isEqualTo(Commands.USAGE);
        assertThat(run("import", "a.txt", "--dry-run", "--confirm")).isEqualTo(Commands.USAGE);
        assertThat(run("import", folder.resolve("missing.txt").toString(), "--dry-run")).isEqualTo(Commands.NO_INPUT);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private int run(String... args) {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private Path shippedBulletin() throws IOException {
        Path file = folder.resolve("bulletin.txt");
        try (InputStream in = getClass().getResourceAsStream("/bulletins/liaocheng-2021-02.txt")) {
            Files.copy(in, file);
        }
        return file;
    }
}
