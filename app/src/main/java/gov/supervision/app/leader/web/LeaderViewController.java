package gov.supervision.app.leader.web;

import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.security.SupervisionUser;
import gov.supervision.query.ledger.api.FindLeaderView;
import gov.supervision.query.ledger.api.LeaderView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lead leader's view: the ledger of the tasks they lead, with counts by light. Supervisors and auditors read any
 * leader's; a leader reads their own; units none.
 */
@RestController
class LeaderViewController {

    private final QueryGateway queries;

    LeaderViewController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/leaders/{leader}/ledger")
    LeaderView view(@PathVariable String leader, @RequestParam(required = false) String plan) {
        SupervisionUser user = CurrentUser.get();
        if (user.isUnit() || (user.isLeader() && !leader.strip().equals(user.leaderName()))) {
            throw new AccessDeniedException("%s may not read the tasks %s leads".formatted(user.userId(), leader));
        }
        return queries.query(new FindLeaderView(leader.strip(), plan == null || plan.isBlank() ? null : plan.strip()),
                LeaderView.class).join();
    }
}
