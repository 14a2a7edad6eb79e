package se.kompetensresan.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import java.util.UUID;

/**
 * Our ADMIN users in Camunda's identity tables, members of {@code camunda-admin} (which holds all
 * authorizations), so that Cockpit's single sign-on finds them. No password is ever
 * used: Cockpit trusts the Spring session.
 */
final class CamundaAdminIdentity {
    private CamundaAdminIdentity() {
    }

    static final String ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

    static void ensureAdminGroup(IdentityService identity, AuthorizationService authorizations) {
        if (identity.createGroupQuery().groupId(ADMIN_GROUP).count() == 0) {
            Group g = identity.newGroup(ADMIN_GROUP);
            g.setName("Camunda BPM Administrators");
            g.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(g);
        }
        for (Resource resource : Resources.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(ADMIN_GROUP).resourceType(resource)
                    .resourceId(Authorization.ANY).count() == 0) {
                Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                a.setGroupId(ADMIN_GROUP);
                a.setResource(resource);
                a.setResourceId(Authorization.ANY);
                a.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(a);
            }
        }
    }

    static void ensureAdminUser(IdentityService identity, String username, String displayName) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            User u = identity.newUser(username);
            u.setFirstName(displayName == null ? username : displayName);
            u.setLastName("");
            u.setPassword(UUID.randomUUID().toString()); // never used: sign-in happens in Spring Security
            identity.saveUser(u);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(ADMIN_GROUP).count() == 0) {
            identity.createMembership(username, ADMIN_GROUP);
        }
    }
}
