package org.connectedcouncils.host;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import org.connectedcouncils.common.service.PersonNames;

/**
 * {@link PersonNames} from Confluence's user profiles (SAL): the full name of each key that names a user; the active
 * ones are those Confluence's user accessor does not know as deactivated.
 */
public final class ConfluencePersonNames implements PersonNames {

    private final UserManager userManager;
    private final ActiveProfiles active;

    public ConfluencePersonNames(UserManager userManager, UserAccessor users) {
        this.userManager = userManager;
        this.active = new ActiveProfiles(userManager, users);
    }

    @Override
    public Set<String> active(Collection<String> userKeys) {
        Set<String> out = new HashSet<>();
        for (String key : userKeys) {
            if (key != null && !out.contains(key) && active.find(new UserKey(key)) != null) {
                out.add(key);
            }
        }
        return out;
    }

    @Override
    public Map<String, String> names(Collection<String> userKeys) {
        Map<String, String> names = new HashMap<>();
        for (String key : userKeys) {
            if (key == null || names.containsKey(key)) {
                continue;
            }
            UserProfile profile = userManager.getUserProfile(new UserKey(key));
            if (profile != null && profile.getFullName() != null) {
                names.put(key, profile.getFullName());
            }
        }
        return names;
    }
}
