package gov.supervision.app.plan.parsing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static gov.supervision.app.plan.parsing.Bulletins.UNITS;
import static gov.supervision.app.plan.parsing.Bulletins.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of {@code import --dry-run --json}: a contract, compared as a JSON tree. */
class PlanJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesPlansTasksGroupsAndWarnings() throws Exception {
        ParsedBulletin bulletin = parse("""
                聊政发〔2099〕1号
                ## 聊城市人民政府 关于做好甲工作的通知
                2099年2月10日
                ## 一、主要目标
                1. 做好甲工作。(牵头领导: 陈秀兴; 牵头单位: 市住房和城乡建设局; 配合单位: 市甲工作专班成员单位, 各县（市、区）人民政府、市属开发区管委会)
                #### （二）加强宣传
                1. 做好宣传。（责任单位：市委宣传部、东昌府区人民政府）
                """);

        String written = PlanJson.write(bulletin, UNITS);

        assertThat(json.readTree(written)).isEqualTo(json.readTree("""
                {"plans": [{
                   "number": "聊政发〔2099〕1号",
                   "title": "关于做好甲工作的通知",
                   "issuedOn": "2099-02-10",
                   "tasks": [
                     {"number": 1, "label": "1", "section": "一、主要目标", "text": "做好甲工作。",
                      "leadLeaders": ["陈秀兴"],
                      "leadUnits": ["市住房城乡建设局"],
                      "cooperatingUnits": ["市甲工作专班成员单位", "各县(市、区)人民政府", "市属开发区管委会"],
                      "groups": {
                        "各县(市、区)人民政府": ["东昌府区人民政府", "茌平区人民政府", "临清市人民政府", "阳谷县人民政府",
                                           "莘县人民政府", "东阿县人民政府", "冠县人民政府", "高唐县人民政府"],
                        "市属开发区管委会": ["经济开发区管委会", "高新区管委会", "旅游度假区管委会"]},
                      "sourceLines": [5, 5]},
                     {"number": 2, "label": "(二)1", "section": "一、主要目标 (二)加强宣传", "text": "做好宣传。",
                      "leadLeaders": [],
                      "leadUnits": ["市委宣传部", "东昌府区人民政府"],
                      "cooperatingUnits": [],
                      "groups": {},
                      "sourceLines": [7, 7]}
                   ]}],
                 "warnings": [
                   {"line": 5, "message": "unit «市甲工作专班成员单位» is not in the unit directory; it is imported as a new unit",
                    "fix": "add it to the unit directory (units.csv) or, if it is a misprint, correct the name"}
                 ],
                 "documents": [
                   {"number": "聊政发〔2099〕1号", "title": "关于做好甲工作的通知", "kind": "plan",
                    "reason": "2 numbered items or headings carry a responsibility clause", "lines": [1, 7], "tasks": 2,
                    "error": null}
                 ]}
                """));
        assertThat(written).contains("\n  ").contains("做好甲工作。"); // pretty printed, Chinese as written
    }

    @Test
    void writesTheWholeShippedBulletin() throws Exception {
        JsonNode root = json.readTree(PlanJson.write(parse(Bulletins.liaocheng()), UNITS));

        assertThat(root.get("plans")).hasSize(3);
        assertThat(root.at("/plans/0/tasks")).hasSize(150);
        assertThat(root.at("/plans/0/tasks/64/text").asText()).contains("国家 and 省");
        assertThat(root.at("/plans/1/tasks/3/label").asText()).isEqualTo("(四)1");
        assertThat(root.at("/plans/2/issuedOn").asText()).isEqualTo("2021-02-26");
        assertThat(root.at("/plans/0/tasks/64/groups").size()).isZero();
        assertThat(root.at("/warnings/0/line").asInt()).isEqualTo(119);
    }
}
