package org.connectedcouncils.host;

import java.util.Collection;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.spaces.SpacesQuery;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * The static and constructor calls host adapters make on Confluence, behind instance methods, so adapters can be
 * unit-tested (a thread-local read and a {@code new Page()} cannot be mocked). No logic belongs here.
 */
public class ConfluenceObjects {

    /** The signed-in user of this request, or null when anonymous. */
    public ConfluenceUser currentUser() {
        return AuthenticatedUserThreadLocal.get();
    }

    /** A new, unsaved page. */
    public Page newPage() {
        return new Page();
    }

    /**
     * The query for the current spaces {@code user} holds {@code permission} in (Confluence's SpacesQuery builder,
     * as its own "Create" button condition uses it).
     */
    public SpacesQuery spacesWith(ConfluenceUser user, String permission) {
        return SpacesQuery.newQuery().forUser(user).withSpaceStatus(SpaceStatus.CURRENT).withPermission(permission)
                .build();
    }

    /** The query for the current spaces among {@code keys} that {@code user} holds {@code permission} in. */
    public SpacesQuery spacesNamed(ConfluenceUser user, Collection<String> keys, String permission) {
        return SpacesQuery.newQuery().withSpaceKeys(keys).forUser(user).withSpaceStatus(SpaceStatus.CURRENT)
                .withPermission(permission).build();
    }

    /** A global label by name (Confluence stores it when it is first added to content). */
    public Label label(String name) {
        return new Label(name);
    }
}
