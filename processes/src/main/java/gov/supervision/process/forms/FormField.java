package gov.supervision.process.forms;

import java.util.List;

/**
 * One field of a user task's Camunda Form: its key (the variable a submission sets), label, form-js type, and what
 * the form asks of it. The same form Tasklist shows is what every door's submission is checked against.
 *
 * @param options   the values a select or radio field takes
 * @param readOnly  shown for reading only: the process fills it, a submission may not change it
 * @param maxLength the most characters a text field takes (the form's own limit, or the record's)
 */
public record FormField(String id, String label, String type, boolean required, boolean readOnly,
                        List<String> options, Double min, Double max, Integer maxLength) {

    public boolean isText() {
        return type.equals("textfield") || type.equals("textarea");
    }
}
