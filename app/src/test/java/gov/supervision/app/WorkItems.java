package gov.supervision.app;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's open work on a task of the 2021 plan, through the REST API: find the one item at a step, complete it. */
public final class WorkItems {

    private final Api api;

    public WorkItems(Api api) {
        this.api = api;
    }

    public JsonNode item(String user, int taskNumber, String step) {
        JsonNode items = api.get(user, "/api/work-items?taskNumber=" + taskNumber + "&step=" + step).body();
        assertThat(items).as("%s's open %s on task %d", user, step, taskNumber).hasSize(1);
        return items.get(0);
    }

    public void complete(String user, int taskNumber, String step, String form) {
        JsonNode item = item(user, taskNumber, step);
        Api.Response response = api.post(user, "/api/work-items/" + item.get("id").asText(), form);
        assertThat(response.status()).as("%s completes %s on task %d: %s", user, step, taskNumber, response.body())
                .isEqualTo(200);
    }
}
