package org.connectedcouncils.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.service.Administration;
import org.connectedcouncils.common.audit.AuditAfterCommit;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.council.io.CouncilCsvImport;
import org.connectedcouncils.council.io.RoleMappingCsvImport;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.io.CsvImport;
import org.connectedcouncils.register.io.CsvImportKind;
import org.connectedcouncils.register.io.PubliccodeImport;
import org.connectedcouncils.register.io.PubliccodeImportOptions;
import org.connectedcouncils.register.io.PubliccodeImportResult;
import org.connectedcouncils.register.io.SolutionCsvImport;
import org.connectedcouncils.register.ao.AoPubliccodeExtraStore;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * A database failure in the middle of each multi-row write, injected as an AO statement that throws: the write
 * leaves no partial rows behind and no audit record of what did not happen (H2, PostgreSQL and MariaDB).
 */
public class WriteFaultsDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    private static final Actor LEEDS_EDITOR = Actor.editor("user-leeds-editor", LEEDS);
    private static final Actor ADMIN = Actor.administrator("user-admin");
    private static final String SOLUTIONS_HEADER = "name,summary,kind,phase,ownerCouncil,serviceAreas,offers,"
            + "currency,oneOffCost,licence\r\n";

    @Rule
    public final KnownFailing knownFailing = new KnownFailing();

    private final WorkingGroupFixture groups = new WorkingGroupFixture();
    private final RegisterFixture fixture = groups.register;

    @Before
    public void setUp() {
        groups.reset();
        fixture.actor.actAs(BRIGHTON_EDITOR);
    }

    // entry + version + areas + history + search tokens

    @Test
    public void create_failingAtTheSearchTokens_leavesNoRowsAndNoAuditRecord() {
        assertNothingHalfWritten("INSERT", "SOL_TOKEN", 1, () -> fixture.register.create(aSolution().build()));
    }

    @Test
    public void create_failingAtTheHistory_leavesNoRowsAndNoAuditRecord() {
        assertNothingHalfWritten("INSERT", "HISTORY", 1, () -> fixture.register.create(aSolution().build()));
    }

    @Test
    public void update_failingAtTheHistory_leavesTheEntryAsItWas() {
        Solution before = fixture.register.create(aSolution().build());

        assertNothingHalfWritten("INSERT", "HISTORY", 1, () -> fixture.register.update(before.key(),
                before.version(), aSolution().named("Renamed").inAreas("parking").build()));

        assertThat(fixture.register.get(before.key())).isEqualTo(before);
    }

    @Test
    public void update_failingAtTheSearchTokens_leavesTheEntryAsItWas() {
        Solution before = fixture.register.create(aSolution().build());

        assertNothingHalfWritten("INSERT", "SOL_TOKEN", 1, () -> fixture.register.update(before.key(),
                before.version(), aSolution().named("Renamed entirely").build()));

        assertThat(fixture.register.get(before.key())).isEqualTo(before);
    }

    @Test
    public void adoption_failingAtTheHistory_leavesNoAdoptionAndNoCount() {
        Solution entry = fixture.register.publish(fixture.register.create(aSolution().build()).key());
        fixture.actor.actAs(HACKNEY_EDITOR);

        assertNothingHalfWritten("INSERT", "HISTORY", 1, () -> fixture.register.declareAdoption(entry.key(), HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, null, null)));

        assertThat(fixture.register.get(entry.key())).isEqualTo(entry);
        assertThat(fixture.register.adoptions(entry.key(), PageRequest.FIRST).total()).isZero();
    }

    // CSV imports

    @Test
    public void solutionCsvImport_failingAtTheThirdEntry_leavesNoneOfThemAndNoAuditRecord() {
        fixture.actor.actAs(ADMIN);
        String csv = SOLUTIONS_HEADER
                + "One,Fine,software,beta,E06000043,waste,,,,\r\n"
                + "Two,Fine,software,beta,E06000043,waste,,,,\r\n"
                + "Three,Fine,software,beta,E06000043,waste,,,,\r\n";

        assertNothingHalfWritten("INSERT", "SOLUTION", 3, () -> imports().importFile(CsvImportKind.SOLUTIONS,
                utf8(csv), CsvImportOptions.realRun()));
    }

    @Test
    public void councilCsvImport_failingAtTheSecondCouncil_leavesNoneOfThem() {
        fixture.actor.actAs(ADMIN);
        String csv = "code,name,type,region\r\n"
                + "E07000223,Adur District Council,district,South East\r\n"
                + "E07000224,Arun District Council,district,South East\r\n";

        assertNothingHalfWritten("INSERT", "COUNCIL", 2, () -> imports().importFile(CsvImportKind.COUNCILS,
                utf8(csv), CsvImportOptions.realRun()));
    }

    @Test
    public void publiccodeImport_failingAtTheExtras_leavesNoEntryAndNoAuditRecord() {
        PubliccodeImport imports = new PubliccodeImport(fixture.register,
                new AoPubliccodeExtraStore(fixture.db.ao()), fixture.transactions);
        PubliccodeImportOptions options = new PubliccodeImportOptions(null, null, false, null, BRIGHTON,
                new TreeSet<>(Set.of("waste")), "user-brighton-editor");

        assertNothingHalfWritten("INSERT", "PUBLICCODE_EXTRA", 1, () -> {
            PubliccodeImportResult result = imports.importFile(utf8(minimalYaml()), options);
            assertThat(result.errors()).as("the file itself is fine").isEmpty();
        });
    }

    // service-area merge: links, entries, history, retirement

    @Test
    public void serviceAreaMerge_failingAtTheSecondEntry_movesNoneOfThemAndIsNotAudited() {
        Solution first = fixture.register.create(aSolution().inAreas("waste").build());
        Solution second = fixture.register.create(aSolution().named("Second").inAreas("waste", "parks").build());
        fixture.actor.actAs(ADMIN);

        assertNothingHalfWritten("UPDATE", "SOLUTION", 2, () -> administration().mergeServiceAreas("waste", "parks"));

        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThat(fixture.register.get(first.key())).isEqualTo(first);
        assertThat(fixture.register.get(second.key())).isEqualTo(second);
    }

    @Test
    public void serviceAreaMerge_failingAtTheRetirement_movesNoEntryAndIsNotAudited() {
        Solution entry = fixture.register.create(aSolution().inAreas("waste").build());
        fixture.actor.actAs(ADMIN);

        assertNothingHalfWritten("UPDATE", "SERVICE_AREA", 1,
                () -> administration().mergeServiceAreas("waste", "parks"));

        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThat(fixture.register.get(entry.key())).isEqualTo(entry);
    }

    // working group + membership + areas + project-page link; join-request decisions

    @Test
    public void groupCreate_failingAtTheMembership_leavesNoGroup() {
        assertNothingHalfWritten("INSERT", "GROUP_MEMBER", 1, () -> groups.groups.create(aGroup().build()));
    }

    @Test
    public void groupCreate_failingAtTheProjectPageLink_leavesNoGroup() {
        assertNothingHalfWritten("UPDATE", "WORK_GROUP", 1,
                () -> groups.groups.createWithProjectPage(aGroup().build(), WorkingGroupFixture.SPACE));
    }

    @Test
    public void groupCreate_whenThePageCannotBeMade_leavesNoGroup() {
        Map<String, Integer> before = TableRows.count(fixture.db);
        groups.pages.failNextWith(new IllegalStateException("Confluence refused the page"));

        assertThatThrownBy(() -> groups.groups.createWithProjectPage(aGroup().build(), WorkingGroupFixture.SPACE))
                .isInstanceOf(IllegalStateException.class);

        assertThat(TableRows.count(fixture.db)).isEqualTo(before);
        assertThat(fixture.audit.records()).isEmpty();
    }

    @Test
    public void approveJoin_failingAtTheMembership_leavesTheRequestPending() {
        WorkingGroupKey group = groups.groups.create(aGroup().build()).key();
        fixture.actor.actAs(LEEDS_EDITOR);
        JoinRequest request = groups.joinRequests.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        fixture.actor.actAs(BRIGHTON_EDITOR);
        WorkingGroup groupBefore = groups.groups.get(group);

        assertNothingHalfWritten("INSERT", "GROUP_MEMBER", 1,
                () -> groups.joinRequests.approveJoin(group, request.id()));

        assertThat(groups.joinRequests.joinRequests(group, JoinRequestState.PENDING, PageRequest.FIRST).items())
                .containsExactly(request);
        assertThat(groups.groups.get(group)).isEqualTo(groupBefore);
    }

    /** Runs the write with the {@code nth} matching statement failing; nothing may be left of it. */
    private void assertNothingHalfWritten(String verb, String table, int nth, Runnable write) {
        Map<String, Integer> before = TableRows.count(fixture.db);
        fixture.audit.clear();
        try (StatementFault fault = StatementFault.on(fixture.db.entityManager(), verb, table, nth)) {
            Throwable thrown = catchFailure(write);
            assertThat(fault.fired()).as("the %s on %s #%d happened", verb, table, nth).isTrue();
            assertThat(thrown).as("the failure reached the caller").isNotNull();
        }
        assertThat(TableRows.count(fixture.db)).as("rows after the failure").isEqualTo(before);
        assertThat(fixture.audit.records()).as("audit records of what did not happen").isEmpty();
    }

    private static Throwable catchFailure(Runnable write) {
        try {
            write.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private CsvImport imports() {
        AuditAfterCommit transactions = fixture.transactions;
        return new CsvImport(new SolutionCsvImport(fixture.register, fixture.actor, transactions),
                new CouncilCsvImport(fixture.councils, fixture.actor, transactions, transactions),
                new RoleMappingCsvImport(fixture.councils, new AoRoleMappings(fixture.db.ao()), fixture.actor,
                        transactions, transactions), List.of());
    }

    private Administration administration() {
        return new Administration(fixture.actor, fixture.councils, new AoRoleMappings(fixture.db.ao()),
                fixture.serviceAreas, new AoSettingsStore(fixture.db.ao()), fixture.audit, fixture.clock);
    }

    private static String minimalYaml() {
        try (InputStream in = WriteFaultsDbTest.class.getResourceAsStream("/publiccode/minimal.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
