package gov.supervision.app.bulletin;

import gov.supervision.command.task.api.EscalationStep;
import gov.supervision.command.task.api.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the bulletin writes its values in Chinese: dates as 2021年3月8日, times in the plan's zone, rates as
 * percentages, steps by their Chinese names, and "—" for whatever is absent. The template calls it as {@code text}.
 */
public final class BulletinText {

    /** What the bulletin shows for a value that is absent, such as a rate with no denominator. */
    public static final String ABSENT = "—";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINA);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm",
            Locale.CHINA);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.CHINA);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA);

    private final ZoneId zone;
    private final int year;

    /** @param year the bulletin's year: tables leave it out of the dates that fall in it */
    public BulletinText(ZoneId zone, int year) {
        this.zone = zone;
        this.year = year;
    }

    public String date(LocalDate day) {
        return DATE.format(day);
    }

    public String date(Instant instant) {
        return instant == null ? ABSENT : DATE.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null ? ABSENT : DATE_TIME.format(instant.atZone(zone));
    }

    /** 3月9日 in the bulletin's year, 2022年1月4日 in another (for tables). */
    public String day(Instant instant) {
        return instant == null ? ABSENT
                : instant.atZone(zone).getYear() == year ? DAY.format(instant.atZone(zone)) : date(instant);
    }

    /** 3月9日 17:00 in the bulletin's year, 2022年1月4日 17:00 in another (for tables). */
    public String dayTime(Instant instant) {
        return instant == null ? ABSENT
                : instant.atZone(zone).getYear() == year ? DAY_TIME.format(instant.atZone(zone)) : dateTime(instant);
    }

    /** 星期一 */
    public String weekday(LocalDate day) {
        return WEEKDAY.format(day);
    }

    /** 2021年第10周 */
    public String week(Week week) {
        return "%d年第%d周".formatted(week.year(), week.number());
    }

    /** A fraction as a percentage with one decimal (95.5%), or "—". */
    public String rate(Double fraction) {
        return fraction == null ? ABSENT : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    public String percent(Integer percent) {
        return percent == null ? ABSENT : percent + "%";
    }

    public String days(Integer days) {
        return days == null ? ABSENT : days + "天";
    }

    public String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    public String units(List<Unit> units) {
        return units.isEmpty() ? ABSENT : units.stream().map(Unit::name).collect(Collectors.joining("、"));
    }

    public String names(List<String> names) {
        return names.isEmpty() ? ABSENT : String.join("、", names);
    }

    public String reasons(List<String> reasons) {
        return reasons.isEmpty() ? ABSENT : String.join("；", reasons);
    }

    public String orAbsent(String text) {
        return text == null || text.isBlank() ? ABSENT : text;
    }

    /** The steps as the bulletin's covering notice names them. */
    public String step(EscalationStep step) {
        return switch (step) {
            case REMINDER -> "催办";
            case CRITICISM -> "通报批评并限期整改";
            case ADMONITION -> "约谈";
            case ACCOUNTABILITY -> "追责问责";
        };
    }

    public String outcome(ReportOutcome outcome) {
        return switch (outcome) {
            case LATE -> "逾期报送";
            case MISSED -> "未报送";
        };
    }

    /** Task numbers in runs: 1至3、5、9至12. */
    public String taskNumbers(List<Integer> numbers) {
        List<Integer> sorted = numbers.stream().distinct().sorted().toList();
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            runs.add(i == j ? String.valueOf(sorted.get(i))
                    : sorted.get(i) + (j == i + 1 ? "、" : "至") + sorted.get(j));
            i = j + 1;
        }
        return String.join("、", runs);
    }
}
