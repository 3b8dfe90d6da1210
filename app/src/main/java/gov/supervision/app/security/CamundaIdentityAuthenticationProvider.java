package gov.supervision.app.security;

import gov.supervision.app.leader.LeaderDirectory;
import gov.supervision.app.unit.UnitDirectory;
import gov.supervision.command.task.api.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Authenticates the REST API against Camunda's identity service, the same users and groups Cockpit and
 * Tasklist use, so there is one place where users live. Who a user is comes from facts the user cannot edit: its
 * memberships (the administrators' to change), the unit directory for the unit it acts for and the leader
 * directory for the leader it is; never from its Camunda profile.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE_ADMIN = "ROLE_ADMIN";

    private final IdentityService identity;
    private final UnitDirectory units;
    private final LeaderDirectory leaders;

    CamundaIdentityAuthenticationProvider(IdentityService identity, UnitDirectory units, LeaderDirectory leaders) {
        this.identity = identity;
        this.units = units;
        this.leaders = leaders;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!identity.checkPassword(userId, password)) {
            throw new BadCredentialsException("unknown user or wrong password");
        }
        List<String> groupIds = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList();
        SupervisionUser user = user(userId, groupIds);
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (user.role() != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
        }
        if (groupIds.contains(Groups.CAMUNDA_ADMIN)) {
            authorities.add(new SimpleGrantedAuthority(ROLE_ADMIN));
        }
        if (authorities.isEmpty()) {
            throw new BadCredentialsException("user " + userId + " is neither supervisor, auditor, unit, leader "
                    + "nor administrator");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** The user's role from its memberships; an administrator of the engine alone has none. */
    SupervisionUser user(String userId, List<String> groupIds) {
        Set<String> unitIds = units.singleUnits().stream().map(UnitDirectory.Entry::id).collect(Collectors.toSet());
        String unitId = groupIds.contains(Groups.UNITS)
                ? groupIds.stream().filter(unitIds::contains).findFirst().orElse(null) : null;
        String leaderName = groupIds.contains(Groups.LEADERS) ? leaders.nameOf(userId).orElse(null) : null;
        Role role = groupIds.contains(Groups.SUPERVISORS) ? Role.SUPERVISOR
                : groupIds.contains(Groups.AUDITORS) ? Role.AUDITOR
                : unitId != null ? Role.UNIT
                : leaderName != null ? Role.LEADER
                : null;
        return new SupervisionUser(userId, role, role == Role.UNIT ? unitId : null, groupIds,
                role == Role.LEADER ? leaderName : null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
