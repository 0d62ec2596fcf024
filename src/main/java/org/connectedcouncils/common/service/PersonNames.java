package org.connectedcouncils.common.service;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Display names of people by user key, as the host knows them now, for history lines; a key the host does not know
 * is left out (the caller shows the key). Answered by the host without a database statement of the app's.
 */
public interface PersonNames {

    /** Knows no one: every key is shown as it is. */
    PersonNames NONE = keys -> Map.of();

    Map<String, String> names(Collection<String> userKeys);

    /**
     * The keys among {@code userKeys} that name an active user now (neither deactivated nor gone); by default those
     * the host has a name for, which a host that keeps deactivated users' names must narrow.
     */
    default Set<String> active(Collection<String> userKeys) {
        return names(userKeys).keySet();
    }
}
