package org.connectedcouncils.host;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import org.connectedcouncils.common.service.PersonNames;

/** {@link PersonNames} from Confluence's user profiles (SAL): the full name of each key that names a user. */
public final class ConfluencePersonNames implements PersonNames {

    private final UserManager userManager;

    public ConfluencePersonNames(UserManager userManager) {
        this.userManager = userManager;
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
