package gov.supervision.app.plan.parsing;

import org.junit.jupiter.api.Test;

import static gov.supervision.app.plan.parsing.Bulletins.HEADER;
import static gov.supervision.app.plan.parsing.Bulletins.parse;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Malformed text fails its document, naming the line and what was expected: nothing of it may be imported; a bulletin
 * whose only document fails fails whole.
 */
class BulletinErrorsTest {

    @Test
    void rejectsAResponsibilityParenthesisThatIsNotClosed() {
        assertThatThrownBy(() -> parse(HEADER + """
                一、目标
                1. 做好工作。（牵头领导：张三；牵头单位：市财政局
                2. 做好另一项工作。（牵头单位：市财政局）
                """))
                .isInstanceOf(BulletinFormatException.class)
                .hasMessage("line 5: task 1: the responsibility parenthesis opened here is not closed")
                .extracting(e -> ((BulletinFormatException) e).line()).isEqualTo(5);
    }

    @Test
    void rejectsAResponsibilityParenthesisOnItsOwnParagraphThatIsNotClosed() {
        assertThatThrownBy(() -> parse(HEADER + """
                （一）加强宣传
                1. 做好工作。

                (牵头单位: 市财政局; 配合单位: 各县(市、区)人民政府
                （二）加强领导
                """))
                .hasMessage("line 7: task (一)1: the responsibility parenthesis opened here is not closed");
    }

    @Test
    void rejectsALabelThatNamesNoUnit() {
        assertThatThrownBy(() -> parse(HEADER + """
                1. 甲。（牵头单位：市财政局）
                2. 乙。（牵头领导：张三；牵头单位：；配合单位：市税务局）
                """))
                .hasMessage("line 5: task 2: 牵头单位 names no unit");
        assertThatThrownBy(() -> parse(HEADER + "1. 甲。（牵头单位：市财政局；配合单位：等）\n"))
                .hasMessage("line 4: task 1: 配合单位 names no unit");
        assertThatThrownBy(() -> parse(HEADER + "1. 甲。（牵头领导：；牵头单位：市财政局）\n"))
                .hasMessage("line 4: task 1: 牵头领导 names no leader");
    }

    @Test
    void rejectsATaskWithLeadersButNoLeadUnit() {
        assertThatThrownBy(() -> parse(HEADER + """
                1. 甲。（牵头单位：市财政局）
                2. 乙。

                （牵头领导：张三；配合单位：市财政局）
                """))
                .hasMessage("line 7: task 2 names no lead unit");
    }

    @Test
    void rejectsATextWithoutAnyDocumentNumber() {
        assertThatThrownBy(() -> parse("""
                # 一、目标
                1. 甲。（牵头单位：市财政局）
                """))
                .hasMessage("line 1: expected a document number such as 聊政发〔2021〕1号 on a line of its own; "
                        + "the text has none");
    }
}
