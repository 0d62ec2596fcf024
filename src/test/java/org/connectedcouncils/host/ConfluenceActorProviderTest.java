package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import org.connectedcouncils.admin.service.StoredCreatorGroup;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.council.service.CouncilActors;
import org.connectedcouncils.council.service.RoleMappings;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.admin.service.SettingsStore;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/** Each kind of Confluence user becomes the right actor. */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class ConfluenceActorProviderTest {

    private static final CouncilCode BRIGHTON = CouncilCode.of("E06000043");
    private static final CouncilCode HACKNEY = CouncilCode.of("E09000012");

    @Mock
    private UserManager userManager;
    @Mock
    private RoleMappings mappings;
    @Mock
    private SettingsStore settings;

    private final UserKey key = mock(UserKey.class);
    private ConfluenceActorProvider target;

    @Before
    public void setUp() {
        target = new ConfluenceActorProvider(userManager, new CouncilActors(mappings, new StoredCreatorGroup(settings)));
    }

    @Test
    public void current_anonymousWhenNobodyIsSignedIn() {
        when(userManager.getRemoteUserKey()).thenReturn(null);

        assertThat(target.current()).isEqualTo(Actor.anonymous());
    }

    @Test
    public void current_groupMemberIsEditorOfTheMappedCouncilOnly() {
        signedIn("u-brighton", false);
        when(mappings.candidatesFor("u-brighton")).thenReturn(List.of(
                new RoleMapping(PrincipalType.GROUP, "brighton-digital", BRIGHTON, CouncilRole.EDITOR),
                new RoleMapping(PrincipalType.GROUP, "hackney-digital", HACKNEY, CouncilRole.EDITOR)));
        when(userManager.isUserInGroup(key, "brighton-digital")).thenReturn(true);
        when(userManager.isUserInGroup(key, "hackney-digital")).thenReturn(false);
        when(settings.load()).thenReturn(AppSettings.DEFAULTS);

        Actor actor = target.current();

        assertThat(actor.editorOf()).containsExactly(BRIGHTON);
        assertThat(actor.admin()).isFalse();
        assertThat(actor.mayCreate()).isTrue();
    }

    @Test
    public void current_memberRoleDoesNotMakeAnEditor() {
        signedIn("u-viewer", false);
        when(mappings.candidatesFor("u-viewer")).thenReturn(List.of(
                new RoleMapping(PrincipalType.USER, "u-viewer", BRIGHTON, CouncilRole.MEMBER)));
        when(settings.load()).thenReturn(AppSettings.DEFAULTS);

        assertThat(target.current().editorOf()).isEmpty();
    }

    @Test
    public void current_userMappingAppliesWithoutGroups() {
        signedIn("u-direct", false);
        when(mappings.candidatesFor("u-direct")).thenReturn(List.of(
                new RoleMapping(PrincipalType.USER, "u-direct", HACKNEY, CouncilRole.EDITOR)));
        when(settings.load()).thenReturn(AppSettings.DEFAULTS);

        assertThat(target.current().editorOf()).containsExactly(HACKNEY);
    }

    @Test
    public void current_createGroupSettingLimitsWhoMayCreate() {
        signedIn("u-outsider", false);
        when(mappings.candidatesFor("u-outsider")).thenReturn(List.of());
        when(settings.load()).thenReturn(new AppSettings("register-creators", 2, 180));
        when(userManager.isUserInGroup(key, "register-creators")).thenReturn(false);

        assertThat(target.current().mayCreate()).isFalse();
    }

    @Test
    public void current_systemAdminIsAppAdmin() {
        when(userManager.getRemoteUserKey()).thenReturn(key);
        when(key.getStringValue()).thenReturn("u-admin");
        when(userManager.isSystemAdmin(key)).thenReturn(true);
        when(mappings.candidatesFor("u-admin")).thenReturn(List.of());
        when(settings.load()).thenReturn(AppSettings.DEFAULTS);

        Actor actor = target.current();

        assertThat(actor.admin()).isTrue();
        assertThat(actor.mayCreate()).isTrue();
        assertThat(actor.editorOf()).isEqualTo(Set.of());
    }

    private void signedIn(String userKey, boolean admin) {
        when(userManager.getRemoteUserKey()).thenReturn(key);
        when(key.getStringValue()).thenReturn(userKey);
        when(userManager.isSystemAdmin(key)).thenReturn(admin);
        when(userManager.isAdmin(key)).thenReturn(admin);
    }
}
