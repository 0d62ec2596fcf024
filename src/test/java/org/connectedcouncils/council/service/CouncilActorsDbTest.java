package org.connectedcouncils.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.admin.service.StoredCreatorGroup;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.Before;
import org.junit.Test;

/** Permissions resolve from stored group mappings and settings on a real database. */
public class CouncilActorsDbTest {

    private static final CouncilCode BRIGHTON = CouncilCode.of("E06000043");
    private static final CouncilCode LEEDS = CouncilCode.of("E08000035");

    private final TestDatabase db = TestDatabase.get();
    private AoRoleMappings mappings;
    private AoSettingsStore settings;
    private CouncilActors target;

    @Before
    public void setUp() {
        db.reset();
        mappings = new AoRoleMappings(db.ao());
        settings = new AoSettingsStore(db.ao());
        target = new CouncilActors(mappings, new StoredCreatorGroup(settings));
        mappings.add(new RoleMapping(PrincipalType.GROUP, "brighton-digital", BRIGHTON, CouncilRole.EDITOR));
        mappings.add(new RoleMapping(PrincipalType.GROUP, "leeds-viewers", LEEDS, CouncilRole.MEMBER));
        mappings.add(new RoleMapping(PrincipalType.USER, "u-lee", LEEDS, CouncilRole.EDITOR));
        mappings.add(new RoleMapping(PrincipalType.USER, "someone-else", BRIGHTON, CouncilRole.EDITOR));
    }

    @Test
    public void resolve_combinesGroupAndUserMappings() {
        Actor actor = target.resolve("u-lee", false, Set.of("brighton-digital", "leeds-viewers")::contains);

        assertThat(actor.editorOf()).containsExactlyInAnyOrder(BRIGHTON, LEEDS);
    }

    @Test
    public void resolveAll_ofMoreUsersThanAnInListHolds_readsTheMappingsInAStatementPerThousandUsers() {
        List<String> users = new ArrayList<>(List.of("u-lee"));
        for (int i = 0; i < 1_200; i++) {
            users.add("u-absent-" + i);
        }
        users.add("someone-else");

        Map<String, Actor> actors;
        try (SqlCounter sql = SqlCounter.on(db.entityManager())) {
            actors = target.resolveAll(users, key -> false, (key, group) -> false);
            assertThat(sql.count()).as("1,202 users: two IN lists, two reads, and the creator group's setting")
                    .isEqualTo(3);
        }

        assertThat(actors).hasSize(1_202);
        assertThat(actors.get("u-lee").editorOf()).containsExactly(LEEDS);
        assertThat(actors.get("someone-else").editorOf()).containsExactly(BRIGHTON);
        assertThat(actors.get("u-absent-600").editorOf()).isEmpty();
    }

    @Test
    public void resolve_ignoresOtherUsersMappings() {
        Actor actor = target.resolve("u-nobody", false, g -> false);

        assertThat(actor.editorOf()).isEmpty();
        assertThat(actor.mayCreate()).isTrue();
    }

    @Test
    public void resolve_followsGroupChangesWithoutCaching() {
        assertThat(target.resolve("u-x", false, g -> false).editorOf()).isEmpty();

        assertThat(target.resolve("u-x", false, "brighton-digital"::equals).editorOf()).containsExactly(BRIGHTON);
    }

    @Test
    public void mappings_addIsIdempotentAndRemoveWorks() {
        RoleMapping m = new RoleMapping(PrincipalType.GROUP, "brighton-digital", BRIGHTON, CouncilRole.EDITOR);

        mappings.add(m);
        boolean removed = mappings.remove(m);

        assertThat(removed).isTrue();
        assertThat(mappings.list(PageRequest.FIRST).total()).isEqualTo(3);
        assertThat(mappings.remove(m)).isFalse();
    }

    @Test
    public void settings_defaultsThenStoredValues() {
        assertThat(settings.load()).isEqualTo(AppSettings.DEFAULTS);

        settings.save(new AppSettings("register-creators", 3, 90));

        assertThat(settings.load()).isEqualTo(new AppSettings("register-creators", 3, 90));
        assertThat(target.resolve("u-x", false, g -> false).mayCreate()).isFalse();
        assertThat(target.resolve("u-x", true, g -> false).mayCreate()).isTrue();
    }

    @Test
    public void settings_invalidValuesAreRejectedAndNothingChanges() {
        assertThatThrownBy(() -> settings.save(new AppSettings("bad group", 0, 3)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(3));

        assertThat(settings.load()).isEqualTo(AppSettings.DEFAULTS);
    }
}
