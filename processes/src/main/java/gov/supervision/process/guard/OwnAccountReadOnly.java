package gov.supervision.process.guard;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda gives every new user all permissions on its own account, so a unit could rename itself or delete its
 * login. Here a user may read its own account only; who a user is and acts for is the administrators' to change.
 */
class OwnAccountReadOnly extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newUser(User user) {
        return new AuthorizationEntity[]{
                createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ)};
    }
}
