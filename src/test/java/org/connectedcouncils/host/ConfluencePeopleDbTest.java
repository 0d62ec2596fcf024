package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.service.StoredCreatorGroup;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.council.service.CouncilActors;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/**
 * The fan-out's batch lookup of the people watching something: the same people as one lookup each, found in a
 * constant number of statements whatever their number (one lookup each took two statements per person).
 */
public class ConfluencePeopleDbTest {

    private static final CouncilCode BRIGHTON = CouncilCode.of("E06000043");
    private static final CouncilCode HACKNEY = CouncilCode.of("E09000012");
    private static final Locale WELSH = new Locale("cy", "GB");

    private final RegisterFixture fixture = new RegisterFixture();
    private final UserManager users = mock(UserManager.class);
    private final UserAccessor accessor = mock(UserAccessor.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private ConfluencePeople people;

    @Before
    public void setUp() {
        fixture.reset();
        AoRoleMappings mappings = new AoRoleMappings(fixture.db.ao());
        mappings.add(new RoleMapping(PrincipalType.GROUP, "brighton-digital", BRIGHTON, CouncilRole.EDITOR));
        mappings.add(new RoleMapping(PrincipalType.USER, "user-3", HACKNEY, CouncilRole.EDITOR));
        mappings.add(new RoleMapping(PrincipalType.USER, "user-4", HACKNEY, CouncilRole.EDITOR));
        // SAL's UserKey stand-in keeps no value, so every key is a user in the brighton-digital group here
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn("Pat");
        when(profile.getEmail()).thenReturn("pat@councils.example");
        when(users.getUserProfile(any(UserKey.class))).thenReturn(profile);
        when(users.isUserInGroup(any(UserKey.class), any(String.class))).thenAnswer(call ->
                call.getArgument(1, String.class).equals("brighton-digital"));
        people = new ConfluencePeople(users, new CouncilActors(mappings,
                new StoredCreatorGroup(new AoSettingsStore(fixture.db.ao()))), accessor, locales);
        when(locales.getLocale(any(UserKey.class))).thenReturn(WELSH);
        when(accessor.getUserByKey(any(UserKey.class))).thenReturn(mock(ConfluenceUser.class));
    }

    @Test
    public void findAll_findsWhatFindFindsForEachPerson() {
        List<String> keys = List.of("user-1", "user-3", "user-4", "user-9");

        Map<String, Person> all = people.findAll(keys);

        assertThat(all).containsOnlyKeys(keys);
        for (String key : keys) {
            assertThat(all.get(key)).isEqualTo(people.find(key).orElseThrow());
        }
        assertThat(all.get("user-3").actor().editorOf()).containsExactlyInAnyOrder(HACKNEY, BRIGHTON);
        assertThat(all.get("user-4").actor().editorOf()).containsExactlyInAnyOrder(HACKNEY, BRIGHTON);
        assertThat(all.get("user-9").actor().editorOf()).containsExactly(BRIGHTON);
        assertThat(all.get("user-1").actor().userKey()).isEqualTo("user-1");
    }

    @Test
    public void people_readTheLanguageTheyChoseInConfluence_theirMailIsWrittenInIt() {
        assertThat(people.find("user-1").orElseThrow().locale()).isEqualTo(WELSH);
        assertThat(people.findAll(List.of("user-1", "user-3")).values()).extracting(Person::locale)
                .containsOnly(WELSH);
    }

    @Test
    public void findAll_takesTheSameStatementsForFiveOrSixtyPeople_oneLookupEachGrowsWithThem() {
        int five = statements(() -> people.findAll(keys(5)));
        int sixty = statements(() -> people.findAll(keys(60)));
        int oneByOne = statements(() -> keys(60).forEach(people::find));

        assertThat(five).isEqualTo(sixty).isLessThanOrEqualTo(2);
        assertThat(oneByOne).isGreaterThanOrEqualTo(60);
    }

    private static List<String> keys(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("user-" + i);
        }
        return out;
    }

    private int statements(Runnable work) {
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            work.run();
            return sql.count();
        }
    }

    @Test
    public void deactivatedUsers_areNoOneToTell_oneByOneOrAllAtOnce() {
        when(accessor.isDeactivated(any(ConfluenceUser.class))).thenReturn(true);

        assertThat(people.find("user-3")).isEmpty();
        assertThat(people.findAll(List.of("user-1", "user-3"))).isEmpty();
    }
}
