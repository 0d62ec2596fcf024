package org.connectedcouncils.common.service;

import java.util.Collection;
import java.util.Map;

/**
 * Display names of people by user key, as the host knows them now, for history lines; a key the host does not know
 * is left out (the caller shows the key). Answered by the host without a database statement of the app's.
 */
public interface PersonNames {

    /** Knows no one: every key is shown as it is. */
    PersonNames NONE = keys -> Map.of();

    Map<String, String> names(Collection<String> userKeys);
}
