package gov.supervision.app.plan.parsing;

import java.util.List;

/**
 * One task of a plan, with its responsibilities as the bulletin writes them (unit names after alias resolution).
 *
 * @param number           1..n in document order
 * @param label            the item's number as written: {@code 9} in a numbered plan, {@code (四)1} or {@code (二)}
 *                         in a section-structured opinion
 * @param section          the headings above the task, whitespace removed: {@code 一、主要预期目标} or
 *                         {@code 二、主要任务 (四)加强疾病预防控制体系建设}
 * @param text             the task's text without its responsibility parentheses
 * @param leadLeaders      牵头领导: people, or a post standing for one
 * @param leadUnits        牵头单位 (or 责任单位/负责单位/责任部门 when no 牵头单位 is named), the main one first
 * @param cooperatingUnits 配合单位 (and 责任单位/负责单位/责任部门 next to a 牵头单位)
 * @param sourceLines      the first and last line (1-based) the task was read from
 */
public record ParsedTask(
        int number,
        String label,
        String section,
        String text,
        List<String> leadLeaders,
        List<String> leadUnits,
        List<String> cooperatingUnits,
        List<Integer> sourceLines) {

    public ParsedTask {
        leadLeaders = List.copyOf(leadLeaders);
        leadUnits = List.copyOf(leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
        sourceLines = List.copyOf(sourceLines);
    }
}
