package gov.supervision.app.worklist;

import java.util.List;

/**
 * One field of a user task's Camunda Form: its key (the JSON key to send), label, form-js type, and what the form
 * asks of it.
 *
 * @param options  the values a select or radio field takes
 * @param readOnly shown for reading only: the process fills it, a submission must not
 */
public record FormField(String id, String label, String type, boolean required, boolean readOnly,
                        List<String> options, Double min, Double max) {
}
