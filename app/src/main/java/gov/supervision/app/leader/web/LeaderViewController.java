package gov.supervision.app.leader.web;

import gov.supervision.app.security.CurrentUser;
import gov.supervision.app.security.SupervisionUser;
import gov.supervision.app.web.InvalidRequest;
import gov.supervision.query.ledger.api.FindLeaderView;
import gov.supervision.query.ledger.api.LeaderView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lead leader's view: the ledger of the tasks they lead, with counts by light. Supervisors and auditors read any
 * leader's (named by {@code leader}); a leader reads their own ({@code leader} may be left out); units none.
 */
@RestController
class LeaderViewController {

    private final QueryGateway queries;

    LeaderViewController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/leader-view")
    LeaderView view(@RequestParam(required = false) String leader, @RequestParam(required = false) String plan) {
        SupervisionUser user = CurrentUser.get();
        String name = leader == null || leader.isBlank() ? (user.isLeader() ? user.leaderName() : null) : leader.strip();
        if (name == null) {
            throw new InvalidRequest("leader", "name the lead leader, as the plans write it (such as 陈秀兴)");
        }
        if (user.isUnit() || (user.isLeader() && !name.equals(user.leaderName()))) {
            throw new AccessDeniedException("%s may not read the tasks %s leads".formatted(user.userId(), name));
        }
        return queries.query(new FindLeaderView(name, plan == null || plan.isBlank() ? null : plan.strip()),
                LeaderView.class).join();
    }
}
