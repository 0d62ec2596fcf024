// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
// Source: Confluence's own CreatePageOrBlogpostCondition (com.atlassian.confluence.plugin.descriptor.web.conditions,
// public decompiled copy) builds SpacesQuery.newQuery().forUser(user).withSpaceStatus(SpaceStatus.CURRENT)
// .withPermission("EDITSPACE").unsorted().build() and passes it to SpaceManager#getSpaces; Atlassian Streams'
// Confluence key provider and the application-links entity provider call forUser(User) the same way.
// withSpaceKeys: Confluence's DefaultSpaceCollectionService#getRequiredSpaces builds
// SpacesQuery.newQuery().withSpaceKeys(keys).build(), and a bundled app's space service passes (Iterable) keys.
// [verified-pre10: decompiled Confluence and bundled-app sources; not yet checked against 10's jars]
package com.atlassian.confluence.spaces;

import com.atlassian.user.User;

public class SpacesQuery {

    public static native Builder newQuery();

    /** The query's builder. */
    public static final class Builder {

        public native Builder forUser(User user);

        public native Builder withSpaceStatus(SpaceStatus status);

        public native Builder withPermission(String permission);

        public native Builder withSpaceKeys(Iterable<String> spaceKeys);

        public native SpacesQuery build();
    }
}
