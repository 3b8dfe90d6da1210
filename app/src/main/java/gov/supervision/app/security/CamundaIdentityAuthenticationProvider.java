package gov.supervision.app.security;

import gov.supervision.command.task.api.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Supplier;

/**
 * Authenticates the REST API against Camunda's identity service, the same users and groups Cockpit and
 * Tasklist use, so there is one place where users live.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!identity.checkPassword(userId, password)) {
            throw new BadCredentialsException("unknown user or wrong password");
        }
        List<Group> groups = identity.createGroupQuery().groupMember(userId).list();
        SupervisionUser user = user(userId, groups, () -> identity.createUserQuery().userId(userId).singleResult()
                .getFirstName());
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    }

    /** @param leaderName a leader's name as the plans write it: their Camunda first name */
    static SupervisionUser user(String userId, List<Group> groups, Supplier<String> leaderName) {
        List<String> groupIds = groups.stream().map(Group::getId).toList();
        String unitId = groups.stream().filter(g -> Groups.UNIT_TYPE.equals(g.getType())).map(Group::getId)
                .findFirst().orElse(null);
        Role role = groupIds.contains(Groups.SUPERVISORS) ? Role.SUPERVISOR
                : groupIds.contains(Groups.AUDITORS) ? Role.AUDITOR
                : unitId != null ? Role.UNIT
                : groupIds.contains(Groups.LEADERS) ? Role.LEADER
                : null;
        if (role == null) {
            throw new BadCredentialsException("user " + userId + " is neither supervisor, auditor, unit nor leader");
        }
        return new SupervisionUser(userId, role, role == Role.UNIT ? unitId : null, groupIds,
                role == Role.LEADER ? leaderName.get() : null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
