package org.connectedcouncils.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import org.connectedcouncils.council.service.CouncilActors;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.ActorProvider;

/**
 * The current Confluence user as an {@link Actor}: SAL tells who is signed in, whether they administer Confluence
 * (system admins and admins are app admins) and which groups they are in; the admin's mappings say for which
 * councils that makes them editors. Resolved afresh on every call, so no node keeps a stale copy.
 */
public final class ConfluenceActorProvider implements ActorProvider {

    private final UserManager userManager;
    private final CouncilActors councilActors;

    public ConfluenceActorProvider(UserManager userManager, CouncilActors councilActors) {
        this.userManager = userManager;
        this.councilActors = councilActors;
    }

    @Override
    public Actor current() {
        UserKey key = userManager.getRemoteUserKey();
        if (key == null) {
            return Actor.anonymous();
        }
        boolean admin = userManager.isSystemAdmin(key) || userManager.isAdmin(key);
        return councilActors.resolve(key.getStringValue(), admin, group -> userManager.isUserInGroup(key, group));
    }
}
