package gov.supervision.app.worklist.web;

import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.worklist.WorkItem;
import gov.supervision.app.worklist.Worklist;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The current user's open BPMN tasks; completing one with its form data moves its process on. */
@RestController
class WorkItemController {

    /** @param next the user's open work items on the same task after this one (for example, the report) */
    record Completed(String completed, List<WorkItem> next) {
    }

    private final Worklist worklist;

    WorkItemController(Worklist worklist) {
        this.worklist = worklist;
    }

    @GetMapping("/api/work-items")
    List<WorkItem> open(@RequestParam(required = false) String plan,
                        @RequestParam(required = false) Integer taskNumber,
                        @RequestParam(required = false) String step) {
        return worklist.openItems(CurrentUser.get(), blankToNull(plan), taskNumber, blankToNull(step));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @PostMapping("/api/work-items/{id}")
    Completed complete(@PathVariable String id, @RequestBody Map<String, Object> form) {
        return new Completed(id, worklist.complete(CurrentUser.get(), id, form));
    }
}
