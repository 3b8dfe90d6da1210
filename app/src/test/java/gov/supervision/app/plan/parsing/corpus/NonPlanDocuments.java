package gov.supervision.app.plan.parsing.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Documents a bulletin prints between its plans that are no plans, yet name units and even carry parentheses like a
 * responsibility clause (the award list's {@code （推荐单位：…；责任单位：…）} is what fooled the old importer). Each has a
 * banner, its own number, a title, a date and a body naming units of units.csv.
 */
final class NonPlanDocuments {

    /** Units of app/src/main/resources/units/units.csv, as bulletins write them. */
    private static final String[] UNITS = {"市教育体育局", "市财政局", "市卫生健康委", "市公安局", "市民政局", "市交通运输局",
            "市发展改革委", "市自然资源和规划局", "市生态环境局", "市住房城乡建设局", "市农业农村局", "市水利局", "市应急局",
            "市审计局", "市司法局", "市商务投资促进局", "市文化和旅游局", "市大数据局", "聊城大学", "市人力资源社会保障局"};
    private static final String[] PEOPLE = {"张明", "李华", "王强", "赵静", "刘洋", "陈晓东", "杨帆", "孙丽", "周涛", "吴敏"};
    private static final String[] BANNERS = {"# 聊城市人民政府文件", "# 聊城市人民政府", "聊城市人民政府办公室文件",
            "# 聊城市人民政府办公室"};

    private record Template(String what, String numberFormat, int firstNumber,
                            BiFunction<Random, String, List<String>> lines) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("an appointment notice", "聊政任〔2021〕%d号", 4, NonPlanDocuments::appointment),
            new Template("an award list", "聊政发〔2021〕%d号", 9, NonPlanDocuments::awards),
            new Template("a regulation", "聊政办字〔2021〕%d号", 7, NonPlanDocuments::regulation),
            new Template("a budget rule", "聊政办发〔2021〕%d号", 3, NonPlanDocuments::budgetRule),
            new Template("a news list", "聊政办〔2021〕%d号", 10, NonPlanDocuments::news));

    private NonPlanDocuments() {
    }

    /** Inserts 1-3 documents before banners of the bulletin's documents or at the end; returns their numbers. */
    static Set<String> insert(List<DocLine> lines, Random random, List<String> applied) {
        Set<String> numbers = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        for (int n = 0; n < count; n++) {
            Template template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            String number;
            do {
                number = template.numberFormat().formatted(template.firstNumber() + random.nextInt(6));
            } while (numbers.contains(number));
            numbers.add(number);
            List<String> text = new ArrayList<>();
            text.add("");
            text.addAll(template.lines().apply(random, number));
            text.add("");
            List<DocLine> document = DocLine.classify(text, 0, true, false);
            List<Integer> banners = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).kind == DocLine.Kind.BANNER && !lines.get(i).nonPlan) {
                    banners.add(i);
                }
            }
            banners.add(lines.size());
            int at = banners.get(random.nextInt(banners.size()));
            applied.add("inserted %s %s %s".formatted(template.what(), number, at == lines.size() ? "at the end"
                    : "before the banner at line " + lines.get(at).origin));
            lines.addAll(at, document);
        }
        return numbers;
    }

    private static String unit(Random random) {
        return UNITS[random.nextInt(UNITS.length)];
    }

    private static String person(Random random) {
        return PEOPLE[random.nextInt(PEOPLE.length)];
    }

    private static List<String> head(Random random, String number, String title) {
        return new ArrayList<>(List.of(BANNERS[random.nextInt(BANNERS.length)], "", number, "", title, ""));
    }

    private static List<String> appointment(Random random, String number) {
        String first = person(random);
        List<String> lines = head(random, number, "## 聊城市人民政府 关于" + first + "等同志职务任免的通知");
        lines.addAll(List.of("各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：", "",
                "经市政府研究决定：", "",
                "任命" + first + "为" + unit(random) + "副局长；", "",
                "任命" + person(random) + "为" + unit(random) + "副主任；", "",
                "免去" + person(random) + "的" + unit(random) + "副局长职务。", "",
                "聊城市人民政府", "", "2021年2月" + (12 + random.nextInt(10)) + "日"));
        return lines;
    }

    private static List<String> awards(Random random, String number) {
        List<String> lines = head(random, number,
                "## 聊城市人民政府 关于表彰2020年度全市安全生产工作先进集体和先进个人的决定");
        String lead = unit(random);
        lines.addAll(List.of("各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：", "",
                "2020年，全市各级各部门认真落实安全生产责任，涌现出一批先进集体和先进个人。为表彰先进，市政府决定对以下"
                        + "先进集体和先进个人予以表彰。", "",
                "一、先进集体", "",
                "1. " + unit(random), "",
                // the trap: a parenthesis with labels ending in 单位, as a responsibility clause has them
                "2. " + lead + "（推荐单位：" + unit(random) + "；责任单位：" + lead + "）", "",
                "3. 聊城大学", "",
                "二、先进个人", "",
                person(random) + "（" + unit(random) + "）", "",
                person(random) + "（" + unit(random) + "）", "",
                "聊城市人民政府", "", "2021年2月" + (12 + random.nextInt(10)) + "日"));
        return lines;
    }

    private static List<String> regulation(Random random, String number) {
        List<String> lines = head(random, number, "## 聊城市人民政府办公室 关于印发聊城市政府投资项目管理办法的通知");
        lines.addAll(List.of("各县（市、区）人民政府，市属开发区管委会，市政府各部门、直属机构：", "",
                "《聊城市政府投资项目管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。", "",
                "聊城市人民政府办公室", "", "2021年2月" + (12 + random.nextInt(10)) + "日", "",
                "## 聊城市政府投资项目管理办法", "",
                "第一条 为规范政府投资行为，提高投资效益，根据有关法律法规，结合本市实际，制定本办法。", "",
                "第二条 市财政局负责政府投资资金的预算管理和监督；" + unit(random) + "负责项目的行业管理。", "",
                "第三条 市发展改革委负责政府投资项目的审批和综合协调；市审计局负责审计监督。", "",
                "第四条 本办法自2021年3月1日起施行。"));
        return lines;
    }

    private static List<String> budgetRule(Random random, String number) {
        List<String> lines = head(random, number, "## 聊城市人民政府 关于进一步加强市级部门预算管理的规定");
        lines.addAll(List.of("第一条 为加强市级部门预算管理，提高财政资金使用效益，制定本规定。", "",
                "第二条 市财政局负责市级部门预算的编制、审核和执行监督。", "",
                // a parenthesis like a responsibility clause, in a rule's article
                "第三条 各部门应当按时报送预算执行情况（责任单位：" + unit(random) + "；配合单位：市财政局）。", "",
                "第四条 " + unit(random) + "、" + unit(random) + "应当加强预算绩效管理。", "",
                "第五条 本规定自发布之日起施行。", "",
                "聊城市人民政府", "", "2021年2月" + (12 + random.nextInt(10)) + "日"));
        return lines;
    }

    private static List<String> news(Random random, String number) {
        List<String> lines = head(random, number, "## 聊城市人民政府办公室 2021年3月政务大事记");
        lines.addAll(List.of("2021年3月31日", "",
                "1日，市委副书记、市长李长萍主持召开市政府常务会议，" + unit(random) + "、" + unit(random) + "负责同志参加。", "",
                "5日，副市长陈秀兴到" + unit(random) + "调研，听取重点工作进展情况汇报。", "",
                "19日，全市安全生产工作会议召开，" + unit(random) + "作典型发言。", "",
                "△" + unit(random) + "与聊城大学签署战略合作协议。", "",
                "26日，市政府召开全市重点项目集中开工活动，" + unit(random) + "负责同志参加活动。"));
        return lines;
    }
}
