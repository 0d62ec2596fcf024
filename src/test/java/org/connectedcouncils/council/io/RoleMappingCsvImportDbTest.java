package org.connectedcouncils.council.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.service.CouncilActors;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** Admin CSV import of role mappings: checked first, then all rows or none, on a real database. */
public class RoleMappingCsvImportDbTest {

    private static final String HEADER = "type,principal,council,role\r\n";

    private final RegisterFixture fixture = new RegisterFixture().reset();
    private final AoRoleMappings mappings = new AoRoleMappings(fixture.db.ao());
    private final RoleMappingCsvImport target = new RoleMappingCsvImport(fixture.councils, mappings, fixture.actor,
            fixture.transactions, fixture.transactions);

    @Before
    public void setUp() {
        fixture.councils.save(new Council(CouncilCode.of("E07000026"), "Allerdale Borough Council",
                CouncilType.DISTRICT, "North West", true));
        fixture.audit.clear();
        fixture.actor.actAs(Actor.administrator("admin"));
    }

    @Test
    public void template_isTheHeaderRow() {
        assertThat(target.columns().template()).isEqualTo("\uFEFFtype,principal,council,role\r\n");
    }

    @Test
    public void importFile_addsEveryMappingInOneGo() {
        CsvImportResult result = target.importFile(csv(HEADER
                + "group,brighton-digital,E06000043,editor\r\n"
                + "user,user-hackney-1,e09000012,member\r\n"), CsvImportOptions.realRun());

        assertThat(result.accepted()).isTrue();
        assertThat(result.written()).isEqualTo(2);
        assertThat(mappings.list(new PageRequest(0, 10)).total()).isEqualTo(2);
        Actor brightonPerson = new CouncilActors(mappings, () -> null).resolve("someone", false,
                "brighton-digital"::equals);
        assertThat(brightonPerson.editsFor(CouncilCode.of("E06000043"))).isTrue();
        assertThat(fixture.audit.records()).hasSize(2);
    }

    @Test
    public void importFile_writesNothingWhenARowIsWrong() {
        CsvImportResult result = target.importFile(csv(HEADER
                + "group,brighton-digital,E06000043,editor\r\n"
                + "team,x,E06000043,editor\r\n"
                + "group,gone,E07000026,editor\r\n"
                + "group,nowhere,E99999999,owner\r\n"
                + "group,brighton-digital,E06000043,editor\r\n"), CsvImportOptions.realRun());

        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).extracting(ImportError::line, ImportError::field).contains(
                tuple(3, "type"), tuple(4, "council"), tuple(5, "council"), tuple(5, "role"), tuple(6, "principal"));
        assertThat(mappings.list(new PageRequest(0, 10)).total()).isZero();
        assertThat(fixture.audit.records()).isEmpty();
    }

    @Test
    public void importFile_checkOnlyWritesNothing() {
        CsvImportResult result = target.importFile(csv(HEADER + "group,brighton-digital,E06000043,editor\r\n"),
                CsvImportOptions.checkOnly());

        assertThat(result.accepted()).isTrue();
        assertThat(result.dryRun()).isTrue();
        assertThat(mappings.list(new PageRequest(0, 10)).total()).isZero();
    }

    @Test
    public void importFile_isForAdminsOnly() {
        fixture.actor.actAs(Actor.editor("editor", CouncilCode.of("E06000043")));

        assertThatThrownBy(() -> target.importFile(csv(HEADER + "group,all,E06000043,editor\r\n"),
                CsvImportOptions.realRun())).isInstanceOf(Refusal.NotAllowed.class);
        assertThat(mappings.list(new PageRequest(0, 10)).total()).isZero();
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
