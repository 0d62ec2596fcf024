package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import org.junit.Before;
import org.junit.Test;

/** Names keep a deactivated user's name (for History), but only active users count as active (#18). */
public class ConfluencePersonNamesTest {

    private final UserManager users = mock(UserManager.class);
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final ConfluencePersonNames target = new ConfluencePersonNames(users, accessor);

    @Before
    public void setUp() {
        user("user-active", false);
        user("user-deactivated", true);
    }

    @Test
    public void active_leavesOutDeactivatedAndUnknownUsers() {
        assertThat(target.active(Arrays.asList("user-active", "user-deactivated", "user-unknown", null)))
                .containsExactly("user-active");
    }

    @Test
    public void names_stillNameADeactivatedUser() {
        assertThat(target.names(List.of("user-active", "user-deactivated", "user-unknown")))
                .containsOnlyKeys("user-active", "user-deactivated");
    }

    private void user(String key, boolean deactivated) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn("Name of " + key);
        when(users.getUserProfile(new UserKey(key))).thenReturn(profile);
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(accessor.getUserByKey(new UserKey(key))).thenReturn(user);
        when(accessor.isDeactivated(user)).thenReturn(deactivated);
    }
}
