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
        SupervisionUser user = user(userId, groups);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
    }

    static SupervisionUser user(String userId, List<Group> groups) {
        List<String> groupIds = groups.stream().map(Group::getId).toList();
        String unitId = groups.stream().filter(g -> Groups.UNIT_TYPE.equals(g.getType())).map(Group::getId)
                .findFirst().orElse(null);
        Role role = groupIds.contains(Groups.SUPERVISORS) ? Role.SUPERVISOR
                : groupIds.contains(Groups.AUDITORS) ? Role.AUDITOR
                : unitId != null ? Role.UNIT
                : null;
        if (role == null) {
            throw new BadCredentialsException("user " + userId + " is neither supervisor, auditor nor unit");
        }
        return new SupervisionUser(userId, role, role == Role.UNIT ? unitId : null, groupIds);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
