package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import org.junit.Test;

/**
 * Names keep a deactivated user's name (for History), but only active users count as active (#18). SAL's UserKey
 * stand-in keeps no value, so each test sets up one kind of user for every key.
 */
public class ConfluencePersonNamesTest {

    private final UserManager users = mock(UserManager.class);
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final ConfluencePersonNames target = new ConfluencePersonNames(users, accessor);

    @Test
    public void anActiveUser_isActiveAndNamed() {
        users(true, false);

        assertThat(target.active(Arrays.asList("user-a", null))).containsExactly("user-a");
        assertThat(target.names(List.of("user-a"))).containsOnlyKeys("user-a");
    }

    @Test
    public void aDeactivatedUser_isNamedButNotActive() {
        users(true, true);

        assertThat(target.active(List.of("user-a"))).isEmpty();
        assertThat(target.names(List.of("user-a"))).containsOnlyKeys("user-a");
    }

    @Test
    public void anUnknownUser_isNeither() {
        users(false, false);

        assertThat(target.active(List.of("user-a"))).isEmpty();
        assertThat(target.names(List.of("user-a"))).isEmpty();
    }

    private void users(boolean known, boolean deactivated) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn("Pat");
        when(users.getUserProfile(any(UserKey.class))).thenReturn(known ? profile : null);
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(accessor.getUserByKey(any(UserKey.class))).thenReturn(known ? user : null);
        when(accessor.isDeactivated(user)).thenReturn(deactivated);
    }
}
