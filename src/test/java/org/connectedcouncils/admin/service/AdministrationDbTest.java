package org.connectedcouncils.admin.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** The admin's changes on a real database: admins only, validated, audited, entries keep their history. */
public class AdministrationDbTest {

    private final RegisterFixture fixture = new RegisterFixture();
    private Administration target;

    @Before
    public void setUp() {
        fixture.reset();
        target = new Administration(fixture.actor, fixture.councils, new AoRoleMappings(fixture.db.ao()),
                fixture.serviceAreas, new AoSettingsStore(fixture.db.ao()), fixture.audit, fixture.clock);
        fixture.actor.actAs(Actor.administrator("user-admin"));
    }

    @Test
    public void everyChange_isForAdminsOnly() {
        fixture.actor.actAs(Actor.editor("e", BRIGHTON));

        assertThatThrownBy(() -> target.saveSettings(AppSettings.DEFAULTS))
                .isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.mergeServiceAreas("waste", "parking"))
                .isInstanceOf(Refusal.NotAllowed.class);
        fixture.actor.actAs(Actor.anonymous());
        assertThatThrownBy(() -> target.settings()).isInstanceOf(Refusal.NotAuthenticated.class);
    }

    @Test
    public void saveSettings_storesAndAuditsTheChangedValues() {
        target.saveSettings(new AppSettings(null, 3, 90));

        assertThat(target.settings()).isEqualTo(new AppSettings(null, 3, 90));
        AuditRecord record = fixture.audit.records().get(0);
        assertThat(record.summaryKey()).isEqualTo("connected-councils.audit.settings.changed");
        assertThat(record.changes()).extracting(AuditRecord.Change::field)
                .containsExactly("fundingBidLeadLimit", "stalenessDays");
    }

    @Test
    public void addMapping_forUnknownCouncilIsInvalid() {
        assertThatThrownBy(() -> target.addMapping(new RoleMapping(PrincipalType.GROUP, "x-digital",
                CouncilCode.of("E06000999"), CouncilRole.EDITOR)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("councilCode"));
        assertThat(target.mappings(PageRequest.FIRST).total()).isZero();
        assertThat(fixture.audit.records()).isEmpty();
    }

    @Test
    public void mappings_addAndRemoveAreAudited() {
        RoleMapping m = new RoleMapping(PrincipalType.GROUP, "brighton-digital", BRIGHTON, CouncilRole.EDITOR);

        target.addMapping(m);
        target.removeMapping(m);

        assertThat(fixture.audit.records()).extracting(AuditRecord::summaryKey).containsExactly(
                "connected-councils.audit.mapping.added", "connected-councils.audit.mapping.removed");
        assertThatThrownBy(() -> target.removeMapping(m)).isInstanceOf(Refusal.NotFound.class);
    }

    @Test
    public void retiredCouncil_takesNoNewEntries() {
        target.saveCouncil(new Council(HACKNEY, "London Borough of Hackney", CouncilType.LONDON_BOROUGH, "London",
                true));
        fixture.actor.actAs(Actor.editor("h", HACKNEY));

        assertThatThrownBy(() -> fixture.register.create(aSolution().ownedBy(HACKNEY).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("ownerCouncil"));
    }

    @Test
    public void serviceArea_renameAndRetireKeepTheCode() {
        target.saveServiceArea(new ServiceArea("parking", "Parking and permits", false));
        target.saveServiceArea(new ServiceArea("democracy", "Democracy and elections", true));

        assertThat(target.serviceAreas()).contains(new ServiceArea("parking", "Parking and permits", false),
                new ServiceArea("democracy", "Democracy and elections", true));
        assertThat(fixture.serviceAreas.activeCodes()).doesNotContain("democracy");
    }

    @Test
    public void serviceArea_welshName_isStoredAudited_boundedAndCleared() {
        target.saveServiceArea(new ServiceArea("parking", "Parking", false, "Parcio a thrwyddedau"));

        assertThat(target.serviceAreas()).contains(new ServiceArea("parking", "Parking", false,
                "Parcio a thrwyddedau"));
        assertThat(fixture.audit.records().get(fixture.audit.records().size() - 1).changes())
                .contains(new AuditRecord.Change("nameCy", null, "Parcio a thrwyddedau"));
        assertThatThrownBy(() -> target.saveServiceArea(new ServiceArea("parking", "Parking", false,
                "x".repeat(121)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("nameCy"));
        target.saveServiceArea(new ServiceArea("parking", "Parking", false, " "));
        assertThat(target.serviceAreas()).contains(new ServiceArea("parking", "Parking", false));
    }

    @Test
    public void mergeServiceAreas_movesEntriesWithHistoryAndRetiresTheOldArea() {
        fixture.actor.actAs(Actor.editor("user-brighton-editor", BRIGHTON));
        SolutionKey both = fixture.register.create(aSolution().inAreas("waste", "parking").build()).key();
        SolutionKey wasteOnly = fixture.register.create(aSolution().inAreas("waste").build()).key();
        fixture.actor.actAs(Actor.administrator("user-admin"));

        int moved = target.mergeServiceAreas("waste", "parking");

        assertThat(moved).isEqualTo(2);
        assertThat(fixture.serviceAreas.activeCodes()).doesNotContain("waste");
        assertThat(fixture.register.get(wasteOnly).content().serviceAreas()).containsExactly("parking");
        assertThat(fixture.register.get(both).content().serviceAreas()).containsExactly("parking");
        SolutionQuery parking = SolutionQuery.all().withServiceArea("parking");
        assertThat(fixture.register.list(parking).page().total()).isEqualTo(2);
        assertThat(fixture.register.history(wasteOnly, PageRequest.FIRST).items()).first()
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly("serviceAreas", "waste", "parking");
    }

    @Test
    public void mergeServiceAreas_bumpsEachMovedEntrysVersionLikeAnEdit() {
        fixture.actor.actAs(Actor.editor("user-brighton-editor", BRIGHTON));
        Solution moved = fixture.register.create(aSolution().inAreas("waste").build());
        Solution untouched = fixture.register.create(aSolution().inAreas("parking").build());
        fixture.actor.actAs(Actor.administrator("user-admin"));
        fixture.clock.advance(java.time.Duration.ofHours(1));

        target.mergeServiceAreas("waste", "housing");

        Solution after = fixture.register.get(moved.key());
        assertThat(after.version()).isEqualTo(moved.version() + 1);
        assertThat(after.updated()).isEqualTo(fixture.clock.instant());
        assertThat(fixture.register.get(untouched.key()).version()).isEqualTo(untouched.version());
        fixture.actor.actAs(Actor.editor("user-brighton-editor", BRIGHTON));
        assertThatThrownBy(() -> fixture.register.update(moved.key(), moved.version(),
                aSolution().named("Edited from before the merge").inAreas("waste").build()))
                .isInstanceOf(Refusal.StaleVersion.class);
        Solution edited = fixture.register.update(after.key(), after.version(),
                aSolution().named("Edited after").inAreas("housing").build());
        assertThat(edited.version()).isEqualTo(moved.version() + 2);
    }

    @Test
    public void mergeServiceAreas_intoItselfOrUnknownIsInvalid() {
        assertThatThrownBy(() -> target.mergeServiceAreas("waste", "waste")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> target.mergeServiceAreas("waste", "moon"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("into"));
    }

    @Test
    public void councils_listsActiveAndRetiredForAdminsOnly() {
        target.saveCouncil(new Council(CouncilCode.of("E07000223"), "Adur District Council", CouncilType.DISTRICT,
                "South East", true));

        Page<Council> page = target.councils("adur", PageRequest.FIRST);

        assertThat(page.items()).extracting(Council::retired).containsExactly(true);
        fixture.actor.actAs(Actor.editor("e", BRIGHTON));
        assertThatThrownBy(() -> target.councils(null, PageRequest.FIRST))
                .isInstanceOf(Refusal.NotAllowed.class);
    }
}
